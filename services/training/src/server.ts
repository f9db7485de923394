// Starts training from its environment: the one place where environment variables become the
// service's settings (index.ts listens with it; tests use createTraining with settings directly).
import { startSubgraph, type RunningService } from '@equality-graph/service-kit';
import type { TrainingSettings } from './context';
import type { TrainingEnvironment } from './environment';
import { createTraining } from './service';

/** The settings requests need, from the parsed environment. */
export function trainingSettings(environment: TrainingEnvironment): TrainingSettings {
  return { disclosureThreshold: environment.DISCLOSURE_THRESHOLD };
}

export function startTraining(environment: TrainingEnvironment): Promise<RunningService> {
  return startSubgraph(createTraining(trainingSettings(environment)), environment);
}
