// The observatory's settings schema (zod): the only file of this process that reads process.env;
// the README's table of variables follows it.
import { parseEnvironment, port, subgraphEnvironment } from '@equality-graph/service-kit';
import { z } from 'zod';

export const environmentSchema = subgraphEnvironment.extend({
  PORT: port(4002),
  METRICS_PORT: port(9402),
  /** Counts from 1 to this value are withheld from readers without `statistics:raw`. */
  DISCLOSURE_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
  /** Import size limit in bytes: the rows an SSMSI import keeps (not the national file), or a whole partner or population file. */
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024),
});

export type ObservatoryEnvironment = z.infer<typeof environmentSchema>;

/** The only place this process reads process.env. */
export function loadEnvironment(env: NodeJS.ProcessEnv = process.env): ObservatoryEnvironment {
  return parseEnvironment(environmentSchema, env, 'observatory');
}
