import { startSubgraph, type RunningService } from '@equality-graph/service-kit';
import type { ObservatoryEnvironment } from './environment';
import { createObservatory } from './service';

export function startObservatory(environment: ObservatoryEnvironment): Promise<RunningService> {
  const definition = createObservatory({
    disclosureThreshold: environment.DISCLOSURE_THRESHOLD,
    importMaxBytes: environment.IMPORT_MAX_BYTES,
  });
  return startSubgraph(definition, environment);
}
