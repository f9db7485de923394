import { startSubgraph, type RunningService } from '@equality-graph/service-kit';
import type { TrainingEnvironment } from './environment';
import { createTraining } from './service';

export function startTraining(environment: TrainingEnvironment): Promise<RunningService> {
  return startSubgraph(createTraining({ disclosureThreshold: environment.DISCLOSURE_THRESHOLD }), environment);
}
