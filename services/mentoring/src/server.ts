import { startSubgraph, type RunningService } from '@equality-graph/service-kit';
import type { MentoringEnvironment } from './environment';
import { mentoring } from './service';

export function startMentoring(environment: MentoringEnvironment): Promise<RunningService> {
  return startSubgraph(mentoring, environment);
}
