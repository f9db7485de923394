// The mentoring process's entry point: it only listens (server.ts builds the server, so tests
// start the same one on port 0).
import { runUntilSignalled } from '@equality-graph/service-kit';
import { loadEnvironment } from './environment';
import { startMentoring } from './server';

runUntilSignalled(() => startMentoring(loadEnvironment()));
