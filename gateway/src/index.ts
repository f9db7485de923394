// The gateway's entry point: reads the environment and listens. Everything else is built in
// server.ts, which tests start on port 0.
import { runUntilSignalled } from '@equality-graph/service-kit';
import { loadEnvironment } from './environment';
import { startGateway } from './server';

runUntilSignalled(() => startGateway(loadEnvironment()));
