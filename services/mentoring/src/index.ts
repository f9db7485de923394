import { runUntilSignalled } from '@equality-graph/service-kit';
import { loadEnvironment } from './environment';
import { startMentoring } from './server';

runUntilSignalled(() => startMentoring(loadEnvironment()));
