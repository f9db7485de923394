import { startSubgraph, type RunningService } from '@equality-graph/service-kit';
import type { TrainingEnvironment } from './environment';
import { training } from './service';

export function startTraining(environment: TrainingEnvironment): Promise<RunningService> {
  return startSubgraph(training, environment);
}
