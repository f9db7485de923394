// The gateway's entry point: reads the environment and listens. Everything else is built in
// server.ts, which tests start on port 0.
// Tracing first: it instruments http, pg and graphql as they are required (a no-op when off).
import './tracing';
import { runUntilSignalled } from '@equality-graph/service-kit';
import { loadEnvironment } from './environment';
import { startGateway } from './server';

runUntilSignalled(() => startGateway(loadEnvironment()));
