// The gateway's settings, one zod schema: the only file of this process that reads process.env
// (gateway/.env.template is generated from it by `pnpm env:templates`).
import { DEV_SECRET_DEFAULT } from '@equality-graph/auth';
import { telemetryEnvironment } from '@equality-graph/telemetry';
import {
  DEFAULT_MAX_LIST_INPUT_ITEMS,
  DEFAULT_MAX_STRING_INPUT_LENGTH,
  flag,
  logLevel,
  nodeEnv,
  parseEnvironment,
  pemVariable,
  port,
} from '@equality-graph/service-kit';
import { z } from 'zod';

const subgraphUrls = z
  .string()
  .default('')
  .transform((value, ctx) => {
    const entries = value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const map: Record<string, string> = {};
    for (const entry of entries) {
      const [name, url] = entry.split('=');
      if (!name || !url || !/^https?:\/\//.test(url)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${entry}" is not name=http(s)://host:port/graphql` });
        return z.NEVER;
      }
      map[name] = url;
    }
    return map;
  });

const count = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/** Comma-separated origins (scheme://host[:port]) or `*` (any origin, never with credentials). */
const corsOrigins = z
  .string()
  .default('')
  .transform((value, ctx) => {
    const origins = value
      .split(',')
      .map((s) => s.trim().replace(/\/$/, ''))
      .filter(Boolean);
    for (const origin of origins) {
      if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${origin}" is not an origin like https://app.example.fr` });
        return z.NEVER;
      }
    }
    return origins;
  });

export const environmentSchema = z.object({
  NODE_ENV: nodeEnv,
  LOG_LEVEL: logLevel,
  HOST: z.string().default('0.0.0.0'),
  PORT: port(4000),
  /** /metrics is served only here, not on PORT; 9400-9403 keep `pnpm start`'s four processes apart. */
  METRICS_PORT: port(9400),
  /** Loopback by default: only a scraper on this host (or one allowed in by setting 0.0.0.0) reads metrics. */
  METRICS_HOST: z.string().min(1, 'must name an interface, e.g. 127.0.0.1 or 0.0.0.0').default('127.0.0.1'),
  /**
   * The composed supergraph to serve: a file, or a directory holding supergraph.graphql (a mounted
   * ConfigMap, or what `pnpm schema:publish` writes). The directory is watched; a new supergraph
   * is validated before it replaces the one serving, and a refused one is logged and counted.
   */
  SUPERGRAPH_PATH: z.string().default('schema/supergraph.graphql'),
  /** The built query console (`pnpm --filter console build`) served at /console; missing, /console answers 503 saying how to build it. */
  CONSOLE_DIR: z.string().default('apps/console/dist'),
  /** Re-read the supergraph at least this often (milliseconds), for volumes whose change events get lost. */
  SUPERGRAPH_POLL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
  /** name=url pairs overriding the URLs recorded in the supergraph (deployment addresses). */
  SUBGRAPH_URLS: subgraphUrls,
  /** Compose at start from the SUBGRAPH_URLS services instead of reading the supergraph file. */
  COMPOSE_FROM_SUBGRAPHS: flag(false),
  INTERNAL_JWT_PRIVATE_KEY: pemVariable('gateway private key (EC P-256, PKCS#8)'),
  AUTH_MODE: z.enum(['dev', 'oidc']).default('dev'),
  DEV_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_SECRET_DEFAULT),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_AUDIENCE: z.string().min(1).optional(),
  OIDC_JWKS_URL: z.string().url().optional(),
  /** The public client (no secret, PKCE) the browser apps sign in with; unset: no browser sign-in with AUTH_MODE=oidc. */
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  /** Scopes the browser apps ask the provider for (space-separated). */
  OIDC_SCOPES: z.string().min(1).default('openid profile'),
  /** Longest client token lifetime accepted (exp - now and exp - iat); longer-lived or exp-less tokens get 401. */
  MAX_TOKEN_LIFETIME_SECONDS: z.coerce
    .number({ message: 'must be a number of seconds' })
    .int('must be a whole number of seconds')
    .min(60, 'must be at least 60 (seconds)')
    .max(30 * 86_400, 'must be at most 2592000 (30 days)')
    .default(86_400),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),

  // Operation limits (GraphQL Armor, graphql-js's parser, graphql-query-complexity); see README "Security".
  MAX_DEPTH: count(1, 100, 6),
  MAX_ALIASES: count(0, 1000, 15),
  MAX_DIRECTIVES: count(0, 1000, 50),
  MAX_TOKENS: count(10, 100_000, 1000),
  /** Deepest selection for callers with statistics:raw (connection wrappers not counted; the larger of this and MAX_DEPTH). */
  MAX_DEPTH_ANALYST: count(1, 25, 12),
  /** Lexical tokens per document for callers with statistics:raw (the parser's own limit: the larger of this and MAX_TOKENS). */
  MAX_TOKENS_ANALYST: count(10, 100_000, 4000),
  /** Operations in one batched HTTP request (a JSON array); 1 turns batching off. */
  MAX_BATCH_OPERATIONS: count(1, 100, 10),
  /** Cost budget of one operation: each field costs 1, a list multiplies its selection by its size. */
  MAX_COST: count(1, 10_000_000, 5000),
  /** Budget for callers with the statistics:raw scope (analysts, admins). */
  MAX_COST_ANALYST: count(1, 10_000_000, 50_000),
  /** Size assumed for a list without a `first`/`last`/`limit` argument. */
  COST_DEFAULT_LIST_SIZE: count(1, 10_000, 50),
  /** Items in one list argument, inline or in a variable (a few coordinates have their own cap: service-kit input-limits.ts). */
  MAX_LIST_INPUT_ITEMS: count(1, 100_000, DEFAULT_MAX_LIST_INPUT_ITEMS),
  /** Characters in one string argument. */
  MAX_STRING_INPUT_LENGTH: count(1, 10_000_000, DEFAULT_MAX_STRING_INPUT_LENGTH),
  /** Whether limit errors name the configured value (default: only outside production). */
  EXPOSE_LIMITS: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1')),
  /**
   * Whole-operation deadline: subgraph calls still pending then are cut, and the internal
   * tokens of the operation expire then (subgraphs' INTERNAL_TOKEN_MAX_LIFETIME_SECONDS must
   * be at least this, in seconds).
   */
  OPERATION_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(20_000),
  /** Kept-alive connections to each subgraph. */
  SUBGRAPH_MAX_CONNECTIONS: count(1, 1000, 32),

  // Rate limiting: a fixed window per account (`sub`), or per client IP when anonymous.
  /** Requests (batched operations count one each) per window and caller; 0 turns limiting off. */
  RATE_LIMIT_MAX: count(0, 1_000_000, 300),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).max(86_400_000).default(60_000),
  /** Proxies in front of the gateway whose X-Forwarded-For entry is trusted (0: use the socket address). */
  TRUST_PROXY_HOPS: count(0, 10, 0),
  /** Shared store for rate limits and APQ (several replicas); memory when unset. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  /** With REDIS_URL set and Redis failing: `local` limits each replica alone (logged, counted); `refuse` answers 503. */
  RATE_LIMIT_ON_REDIS_ERROR: z.enum(['local', 'refuse']).default('local'),
  /** How long one Redis command may take before it counts as a Redis failure (the policy above applies). */
  REDIS_COMMAND_TIMEOUT_MS: count(50, 10_000, 500),

  // Shared answers (response-cache/): only what is the same for every caller and not audited.
  /** Longest age of a shared public answer, in seconds; writes through the gateway drop answers at once; 0 turns the cache off. */
  RESPONSE_CACHE_TTL_SECONDS: count(0, 300, 5),
  /** Shared answers kept (least recently used dropped first). */
  RESPONSE_CACHE_MAX_ENTRIES: count(1, 100_000, 1000),

  // Roles the mentoring programme's records give a signed-in caller (programme-roles.ts).
  /** Seconds an account's programme roles are kept; role-changing mutations through this gateway drop them at once; 0: asked on every request. */
  PROGRAMME_ROLES_TTL_SECONDS: count(0, 300, 30),
  /** Deadline of the question to mentoring; past it (or mentoring down) the request goes on with the client token's roles only. */
  PROGRAMME_ROLES_TIMEOUT_MS: count(100, 60_000, 2000),

  // Exports (POST /graphql/export, CSV or NDJSON).
  /** Most rows one export may hold: refused up front (400 OPERATION_LIMIT_EXCEEDED) when the list's totalCount says more, else cut with an incomplete marker. */
  EXPORT_MAX_ROWS: count(1, 10_000_000, 100_000),
  /** Rows asked per page when the exported connection's `first` is not given (subgraphs accept at most 100). */
  EXPORT_PAGE_SIZE: count(1, 100, 100),

  // Persisted operations.
  /** Seconds an automatic persisted query stays registered. */
  APQ_TTL_SECONDS: count(60, 30 * 86_400, 86_400),
  /** `off`; `mobile`: /graphql/mobile accepts only the allow-list; `all`: every path does. */
  ALLOWLIST_MODE: z.enum(['off', 'mobile', 'all']).default('off'),
  /** The allow-listed operations: each *.graphql file, id = sha256 of its printed text. */
  PERSISTED_OPERATIONS_DIR: z.string().default('schema/operations'),
  /**
   * Comma-separated persisted-documents manifests (graphql-codegen client preset, e.g. the web
   * client's apps/web/src/gql/persisted-documents.json) whose operations join the allow-list.
   */
  PERSISTED_DOCUMENTS_MANIFESTS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),

  /** Browser origins allowed to call the gateway (CORS); none by default. */
  CORS_ORIGINS: corsOrigins,

  // Traces (read first by src/tracing.ts; listed here so a bad value is reported with the rest).
  ...telemetryEnvironment.shape,
});

const schema = environmentSchema.superRefine((env, ctx) => {
  if (env.AUTH_MODE === 'oidc') {
    for (const key of ['OIDC_ISSUER', 'OIDC_AUDIENCE', 'OIDC_JWKS_URL'] as const) {
      if (!env[key]) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [key], message: 'required when AUTH_MODE=oidc' });
    }
  }
  if (env.NODE_ENV === 'production' && env.AUTH_MODE === 'dev') {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['AUTH_MODE'], message: 'dev tokens are refused in production: set AUTH_MODE=oidc' });
  }
  if (env.COMPOSE_FROM_SUBGRAPHS && Object.keys(env.SUBGRAPH_URLS).length === 0) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['SUBGRAPH_URLS'], message: 'required when COMPOSE_FROM_SUBGRAPHS=true' });
  }
});

export type GatewayEnvironment = z.infer<typeof schema>;

/** The only place the gateway reads process.env. */
export function loadEnvironment(env: NodeJS.ProcessEnv = process.env): GatewayEnvironment {
  return parseEnvironment(schema, env, 'gateway');
}
