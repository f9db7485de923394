// The training process's entry point: it only reads the environment and listens (server.ts
// builds the server, so tests start it on port 0 without this file).
import { runUntilSignalled } from '@equality-graph/service-kit';
import { loadEnvironment } from './environment';
import { startTraining } from './server';

runUntilSignalled(() => startTraining(loadEnvironment()));
