// The real graph for tests and the bench: the gateway and the three subgraphs on fresh databases.
// A subpath of the testing package (`@equality-graph/testing/graph`) so that a service's own tests do not load the gateway.
import path from 'node:path';
import { mintDevToken, type Role } from '@equality-graph/auth';
import type { RunningService } from '@equality-graph/service-kit';
import { loadEnvironment } from 'gateway/environment';
import { startGateway } from 'gateway/server';
import { mentoring } from 'mentoring';
import { observatory } from 'observatory';
import { training } from 'training';
import { postGraphql, type GraphqlResponse } from './graphql-client';
import { testKeys } from './identities';
import { startTestSubgraph, type TestSubgraph } from './subgraph';

export const DEV_SECRET = 'test-dev-secret-0123456789abcdef0123456789';
export const SUPERGRAPH = path.resolve(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql');

export interface TestGraph {
  /** Each process's /metrics is on its own listener: `gateway.metricsUrl`, `subgraphs.<name>.metricsUrl`. */
  gateway: RunningService;
  subgraphs: Record<'mentoring' | 'observatory' | 'training', TestSubgraph>;
  query<D = Record<string, unknown>>(
    query: string,
    options?: { role?: Role; sub?: string; token?: string; variables?: Record<string, unknown>; headers?: Record<string, string> },
  ): Promise<GraphqlResponse<D>>;
  /** Another gateway over the same subgraphs (its env on top of the graph's); stopped with the graph. */
  startGateway(env: Record<string, string>): Promise<RunningService>;
  /** The gateway environment the graph uses, for a gateway started by the test itself. */
  gatewayEnv: Record<string, string>;
  stop(): Promise<void>;
}

/** A dev token for `role` signed with the test secret. */
export const tokenFor = (role: Role, sub = `test-${role.toLowerCase()}`) => mintDevToken(DEV_SECRET, { sub, roles: [role] });

/** The real graph: three subgraphs on fresh databases and the gateway on the committed supergraph. */
export async function startTestGraph(options: { env?: Record<string, string>; seedDemoData?: boolean } = {}): Promise<TestGraph> {
  const [m, o, t] = await Promise.all([
    startTestSubgraph(mentoring, { seedDemoData: options.seedDemoData }),
    startTestSubgraph(observatory, { seedDemoData: options.seedDemoData }),
    startTestSubgraph(training, { seedDemoData: options.seedDemoData }),
  ]);
  const subgraphs = { mentoring: m, observatory: o, training: t };
  const gatewayEnv: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    METRICS_PORT: '0',
    SUPERGRAPH_PATH: SUPERGRAPH,
    SUBGRAPH_URLS: Object.entries(subgraphs)
      .map(([name, s]) => `${name}=${s.url}`)
      .join(','),
    INTERNAL_JWT_PRIVATE_KEY: testKeys.privateKeyPem,
    DEV_JWT_SECRET: DEV_SECRET,
    SHUTDOWN_GRACE_MS: '1000',
    // Tests see every answer computed; gateway/test/response-cache.test.ts turns shared answers on.
    RESPONSE_CACHE_TTL_SECONDS: '0',
    ...options.env,
  };
  const gateway = await startGateway(loadEnvironment(gatewayEnv));
  const extraGateways: RunningService[] = [];
  return {
    gateway,
    subgraphs,
    gatewayEnv,
    startGateway: async (env) => {
      const extra = await startGateway(loadEnvironment({ ...gatewayEnv, ...env }));
      extraGateways.push(extra);
      return extra;
    },
    query: async (query, opts = {}) => {
      const token =
        opts.token ??
        (opts.role
          ? await mintDevToken(DEV_SECRET, { sub: opts.sub ?? `test-${opts.role.toLowerCase()}`, roles: [opts.role] })
          : undefined);
      return postGraphql(gateway.url, query, { token, variables: opts.variables, headers: opts.headers });
    },
    stop: async () => {
      await Promise.all([gateway, ...extraGateways].map((g) => g.stop()));
      await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
    },
  };
}
