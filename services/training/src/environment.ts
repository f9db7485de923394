import { parseEnvironment, port, subgraphEnvironment } from '@equality-graph/service-kit';
import { z } from 'zod';

export const environmentSchema = subgraphEnvironment.extend({
  PORT: port(4003),
  METRICS_PORT: port(9403),
  /** People counts from 1 to this value are withheld from readers without `statistics:raw` (as the observatory's). */
  DISCLOSURE_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
});

export type TrainingEnvironment = z.infer<typeof environmentSchema>;

/** The only place this process reads process.env. */
export function loadEnvironment(env: NodeJS.ProcessEnv = process.env): TrainingEnvironment {
  return parseEnvironment(environmentSchema, env, 'training');
}
