import { runUntilSignalled } from '@equality-graph/service-kit';
import { loadEnvironment } from './environment';
import { startObservatory } from './server';

runUntilSignalled(() => startObservatory(loadEnvironment()));
