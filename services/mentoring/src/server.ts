// Starts the mentoring subgraph from its environment: the one place where variables become the
// settings requests see, so index.ts only listens and tests can start it on port 0.
import { startSubgraph, type RunningService } from '@equality-graph/service-kit';
import type { MentoringEnvironment } from './environment';
import { createMentoring } from './service';

export function startMentoring(environment: MentoringEnvironment): Promise<RunningService> {
  const definition = createMentoring({ menteeMinAge: environment.MENTEE_MIN_AGE, menteeMaxAge: environment.MENTEE_MAX_AGE });
  return startSubgraph(definition, environment);
}
