// The observatory's process entry: reads its environment and listens until signalled (server.ts builds).
import { runUntilSignalled } from '@equality-graph/service-kit';
import { loadEnvironment } from './environment';
import { startObservatory } from './server';

runUntilSignalled(() => startObservatory(loadEnvironment()));
