import { parseEnvironment, port, subgraphEnvironment } from '@equality-graph/service-kit';
import type { z } from 'zod';

const schema = subgraphEnvironment.extend({ PORT: port(4003) });

export type TrainingEnvironment = z.infer<typeof schema>;

/** The only place this process reads process.env. */
export function loadEnvironment(env: NodeJS.ProcessEnv = process.env): TrainingEnvironment {
  return parseEnvironment(schema, env, 'training');
}
