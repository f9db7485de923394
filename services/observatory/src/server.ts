import { startSubgraph, type RunningService } from '@equality-graph/service-kit';
import type { ObservatoryEnvironment } from './environment';
import { observatory } from './service';

export function startObservatory(environment: ObservatoryEnvironment): Promise<RunningService> {
  return startSubgraph(observatory, environment);
}
