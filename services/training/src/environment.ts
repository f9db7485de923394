// Training's settings as a zod schema: the only file of this process that reads process.env,
// so every variable, its default and its bounds are listed here (README has the table).
import { z } from 'zod';
import { parseEnvironment, port, subgraphEnvironment } from '@equality-graph/service-kit';

/** As the observatory's: counts from 1 to 5 are withheld unless DISCLOSURE_THRESHOLD says otherwise. */
export const DEFAULT_DISCLOSURE_THRESHOLD = 5;

export const environmentSchema = subgraphEnvironment.extend({
  PORT: port(4003),
  METRICS_PORT: port(9403),
  /** People counts from 1 to this value are withheld from readers without `statistics:raw` (as the observatory's). */
  DISCLOSURE_THRESHOLD: z.coerce.number().int().min(1).max(100).default(DEFAULT_DISCLOSURE_THRESHOLD),
});

export type TrainingEnvironment = z.infer<typeof environmentSchema>;

/** The only place this process reads process.env. */
export function loadEnvironment(env: NodeJS.ProcessEnv = process.env): TrainingEnvironment {
  return parseEnvironment(environmentSchema, env, 'training');
}
