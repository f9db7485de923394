// The mentoring process's settings, one zod schema over its variables: the only file of this
// service that reads process.env (server.ts maps what requests need into ProgrammeSettings).
import { parseEnvironment, port, subgraphEnvironment } from '@equality-graph/service-kit';
import { z } from 'zod';

/** The "1 jeune 1 mentor" scheme is for women under 30; 16 is the programme's own floor. */
export const DEFAULT_MENTEE_AGES = { min: 16, max: 29 } as const;

const age = (fallback: number) => z.coerce.number().int().min(10).max(99).default(fallback);

export const environmentSchema = subgraphEnvironment.extend({
  PORT: port(4001),
  METRICS_PORT: port(9401),
  /** The programme's own rules: mentees' age bounds. */
  MENTEE_MIN_AGE: age(DEFAULT_MENTEE_AGES.min),
  MENTEE_MAX_AGE: age(DEFAULT_MENTEE_AGES.max),
});

export type MentoringEnvironment = z.infer<typeof environmentSchema>;

/** The only place this process reads process.env. */
export function loadEnvironment(env: NodeJS.ProcessEnv = process.env): MentoringEnvironment {
  const parsed = parseEnvironment(environmentSchema, env, 'mentoring');
  if (parsed.MENTEE_MIN_AGE > parsed.MENTEE_MAX_AGE) {
    throw new Error('mentoring: invalid configuration\n  - MENTEE_MIN_AGE: must not exceed MENTEE_MAX_AGE');
  }
  return parsed;
}
