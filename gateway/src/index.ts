import { runUntilSignalled } from '@equality-graph/service-kit';
import { loadEnvironment } from './environment';
import { startGateway } from './server';

runUntilSignalled(() => startGateway(loadEnvironment()));
