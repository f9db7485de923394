import { parseEnvironment, port, subgraphEnvironment } from '@equality-graph/service-kit';
import { z } from 'zod';

const age = (fallback: number) => z.coerce.number().int().min(10).max(99).default(fallback);

/** The programme's own rules: mentees' age bounds (the "1 jeune 1 mentor" scheme: under 30). */
const programmeVariables = { MENTEE_MIN_AGE: age(16), MENTEE_MAX_AGE: age(29) };

export const environmentSchema = subgraphEnvironment.extend({ PORT: port(4001), METRICS_PORT: port(9401), ...programmeVariables });

export type MentoringEnvironment = z.infer<typeof environmentSchema>;

export interface ProgrammeSettings {
  menteeMinAge: number;
  menteeMaxAge: number;
}

function checkedBounds<T extends { MENTEE_MIN_AGE: number; MENTEE_MAX_AGE: number }>(parsed: T): T {
  if (parsed.MENTEE_MIN_AGE > parsed.MENTEE_MAX_AGE) {
    throw new Error('mentoring: invalid configuration\n  - MENTEE_MIN_AGE: must not exceed MENTEE_MAX_AGE');
  }
  return parsed;
}

/** The only place this process reads process.env. */
export function loadEnvironment(env: NodeJS.ProcessEnv = process.env): MentoringEnvironment {
  return checkedBounds(parseEnvironment(environmentSchema, env, 'mentoring'));
}

/** The programme settings alone (the service definition needs them without a database URL). */
export function loadProgrammeSettings(env: NodeJS.ProcessEnv = process.env): ProgrammeSettings {
  const parsed = checkedBounds(parseEnvironment(z.object(programmeVariables), env, 'mentoring'));
  return { menteeMinAge: parsed.MENTEE_MIN_AGE, menteeMaxAge: parsed.MENTEE_MAX_AGE };
}
