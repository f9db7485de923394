// The training process's entry point: it only reads the environment and listens (server.ts
// builds the server, so tests start it on port 0 without this file).
// Tracing first: it instruments http, pg and graphql as they are required (a no-op when off).
import './tracing';
import { runUntilSignalled } from '@equality-graph/service-kit';
import { loadEnvironment } from './environment';
import { startTraining } from './server';

runUntilSignalled(() => startTraining(loadEnvironment()));
