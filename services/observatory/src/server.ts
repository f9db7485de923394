// Builds and starts the observatory from its parsed environment: the one place environment
// variables become the service's settings (index.ts only listens, tests start this on port 0).
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
