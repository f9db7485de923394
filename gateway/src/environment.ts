import { DEV_SECRET_DEFAULT } from '@equality-graph/auth';
import { flag, logLevel, nodeEnv, parseEnvironment, pemVariable, port } from '@equality-graph/service-kit';
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

export const environmentSchema = z.object({
  NODE_ENV: nodeEnv,
  LOG_LEVEL: logLevel,
  HOST: z.string().default('0.0.0.0'),
  PORT: port(4000),
  /** The composed supergraph to serve; watched and reloaded when it changes. */
  SUPERGRAPH_PATH: z.string().default('schema/supergraph.graphql'),
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
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
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
