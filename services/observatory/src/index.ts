// The observatory's process entry: reads its environment and listens until signalled (server.ts builds).
// Tracing first: it instruments http, pg and graphql as they are required (a no-op when off).
import './tracing';
import { runUntilSignalled } from '@equality-graph/service-kit';
import { loadEnvironment } from './environment';
import { startObservatory } from './server';

runUntilSignalled(() => startObservatory(loadEnvironment()));
