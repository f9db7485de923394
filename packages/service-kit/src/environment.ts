// The zod pieces of every process's environment.ts (ports, log level, database URL, keys) and the
// one start-up error format; each process's own environment.ts extends them.
import { parseInternalKeySet } from '@equality-graph/auth';
import { telemetryEnvironment } from '@equality-graph/telemetry';
import { z } from 'zod';

/** Fails start-up with one line per bad variable, naming it and saying what is expected. */
export function parseEnvironment<S extends z.ZodTypeAny>(schema: S, env: NodeJS.ProcessEnv, processName: string): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
    throw new Error(`${processName}: invalid configuration\n${lines.join('\n')}`);
  }
  return result.data;
}

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
export const nodeEnv = z.enum(['development', 'production', 'test']).default('development');
export const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info');
const pem = (what: string) =>
  z
    .string({ required_error: `required: the ${what} in PEM form` })
    .transform((value) => value.replace(/\\n/g, '\n'))
    .refine((value) => value.includes('-----BEGIN'), `must be a PEM-encoded ${what}`);

/** Checked at start-up like the rest, so a bad key set names the variable instead of failing later. */
const gatewayKeySet = z
  .string({ required_error: 'required: the gateway public key in PEM form (several one after the other, or a JWKS)' })
  .transform((value) => value.replace(/\\n/g, '\n'))
  .superRefine((value, ctx) => {
    try {
      parseInternalKeySet(value);
    } catch (error) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `must be a PEM-encoded gateway public key (EC P-256, SPKI), several one after the other, or a JWKS: ${(error as Error).message}`,
      });
    }
  });

export const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1');

export const postgresUrl = z
  .string({ required_error: 'required: postgres://user:password@host:port/database' })
  .url('must be a URL like postgres://user:password@host:port/database')
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgres:// or postgresql://');

const inputCap = (min: number, max: number) => z.coerce.number().int().min(min).max(max).optional();

/** What every subgraph process needs; a service extends it with its own variables. */
export const subgraphEnvironment = z.object({
  NODE_ENV: nodeEnv,
  LOG_LEVEL: logLevel,
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** The gateway public key(s): one PEM, several one after the other while a key is rotated, or a JWKS. */
  INTERNAL_JWT_PUBLIC_KEY: gatewayKeySet,
  HOST: z.string().default('0.0.0.0'),
  /** /metrics has its own listener (METRICS_PORT, per service); loopback unless a scraper needs more. */
  METRICS_HOST: z.string().min(1, 'must name an interface, e.g. 127.0.0.1 or 0.0.0.0').default('127.0.0.1'),
  /**
   * Longest lifetime of a gateway token this subgraph accepts: the gateway's
   * OPERATION_TIMEOUT_MS in seconds (its tokens die with the operation's deadline).
   */
  INTERNAL_TOKEN_MAX_LIFETIME_SECONDS: z.coerce
    .number({ message: 'must be a number of seconds' })
    .int('must be a whole number of seconds')
    .min(1, 'must be at least 1 (second)')
    .max(300, 'must be at most 300: the gateway caps OPERATION_TIMEOUT_MS at 300000')
    .default(20),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /**
   * Keep per-commune figures between requests, dropped on every write PostgreSQL notifies
   * (service-kit change-feed.ts); false reads them on every request.
   */
  KEEP_FIGURES: flag(true),
  /** Apply pending migrations at start (a deployment may run them as a separate step). */
  RUN_MIGRATIONS: flag(true),
  /** Load the fictitious demo data (idempotent); `pnpm start` turns it on. */
  SEED_DEMO_DATA: flag(false),
  // Input caps, the gateway's own plus `_entities`'s (input-limits.ts). Optional rather than
  // defaulted, so settings built in code (tests) need not spell them; the defaults apply there.
  /** Items in one list argument (default 100). */
  MAX_LIST_INPUT_ITEMS: inputCap(1, 100_000),
  /** Characters in one string argument (default 10000). */
  MAX_STRING_INPUT_LENGTH: inputCap(1, 10_000_000),
  /** Representations in one `_entities` call from the gateway (default 10000). */
  MAX_ENTITY_REPRESENTATIONS: inputCap(1, 1_000_000),
  // Traces (read first by src/tracing.ts; listed here so a bad value is reported with the rest).
  ...telemetryEnvironment.shape,
});
export type SubgraphEnvironment = z.infer<typeof subgraphEnvironment>;
export { pem as pemVariable };

/** What the migration command needs: no key, no port (a Job or an operator's shell runs it). */
export const migrationEnvironment = subgraphEnvironment.pick({ NODE_ENV: true, LOG_LEVEL: true, DATABASE_URL: true });
export type MigrationEnvironment = z.infer<typeof migrationEnvironment>;

export function loadMigrationEnvironment(processName: string, env: NodeJS.ProcessEnv = process.env): MigrationEnvironment {
  return parseEnvironment(migrationEnvironment, env, `${processName} migrate`);
}
