import { parseEnvironment, port, subgraphEnvironment } from '@equality-graph/service-kit';
import type { z } from 'zod';

export const environmentSchema = subgraphEnvironment.extend({ PORT: port(4002) });

export type ObservatoryEnvironment = z.infer<typeof environmentSchema>;

/** The only place this process reads process.env. */
export function loadEnvironment(env: NodeJS.ProcessEnv = process.env): ObservatoryEnvironment {
  return parseEnvironment(environmentSchema, env, 'observatory');
}
