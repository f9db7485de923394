// The mentoring process's entry point: it only listens (server.ts builds the server, so tests
// start the same one on port 0).
// Tracing first: it instruments http, pg and graphql as they are required (a no-op when off).
import './tracing';
import { runUntilSignalled } from '@equality-graph/service-kit';
import { loadEnvironment } from './environment';
import { startMentoring } from './server';

runUntilSignalled(() => startMentoring(loadEnvironment()));
