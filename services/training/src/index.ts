import { runUntilSignalled } from '@equality-graph/service-kit';
import { loadEnvironment } from './environment';
import { startTraining } from './server';

runUntilSignalled(() => startTraining(loadEnvironment()));
