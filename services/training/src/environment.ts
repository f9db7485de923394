import { parseEnvironment, port, subgraphEnvironment } from '@equality-graph/service-kit';
import type { z } from 'zod';

export const environmentSchema = subgraphEnvironment.extend({ PORT: port(4003) });

export type TrainingEnvironment = z.infer<typeof environmentSchema>;

/** The only place this process reads process.env. */
export function loadEnvironment(env: NodeJS.ProcessEnv = process.env): TrainingEnvironment {
  return parseEnvironment(environmentSchema, env, 'training');
}
