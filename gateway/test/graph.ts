import path from 'node:path';
import { mintDevToken, type Role } from '@equality-graph/auth';
import { postGraphql, startTestSubgraph, testKeys, type GraphqlResponse, type TestSubgraph } from '@equality-graph/testing';
import type { RunningService } from '@equality-graph/service-kit';
import { mentoring } from 'mentoring';
import { observatory } from 'observatory';
import { training } from 'training';
import { loadEnvironment } from '../src/environment';
import { startGateway } from '../src/server';

export const DEV_SECRET = 'test-dev-secret-0123456789abcdef0123456789';
export const SUPERGRAPH = path.resolve(__dirname, '..', '..', 'schema', 'supergraph.graphql');

export interface TestGraph {
  gateway: RunningService;
  subgraphs: Record<'mentoring' | 'observatory' | 'training', TestSubgraph>;
  query<D = Record<string, unknown>>(
    query: string,
    options?: { role?: Role; sub?: string; token?: string; variables?: Record<string, unknown>; headers?: Record<string, string> },
  ): Promise<GraphqlResponse<D>>;
  stop(): Promise<void>;
}

/** The real graph: three subgraphs on fresh databases and the gateway on the committed supergraph. */
export async function startTestGraph(options: { env?: Record<string, string>; seedDemoData?: boolean } = {}): Promise<TestGraph> {
  const [m, o, t] = await Promise.all([
    startTestSubgraph(mentoring, { seedDemoData: options.seedDemoData }),
    startTestSubgraph(observatory, { seedDemoData: options.seedDemoData }),
    startTestSubgraph(training, { seedDemoData: options.seedDemoData }),
  ]);
  const subgraphs = { mentoring: m, observatory: o, training: t };
  const gateway = await startGateway(
    loadEnvironment({
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      HOST: '127.0.0.1',
      PORT: '0',
      SUPERGRAPH_PATH: SUPERGRAPH,
      SUBGRAPH_URLS: Object.entries(subgraphs)
        .map(([name, s]) => `${name}=${s.url}`)
        .join(','),
      INTERNAL_JWT_PRIVATE_KEY: testKeys.privateKeyPem,
      DEV_JWT_SECRET: DEV_SECRET,
      SHUTDOWN_GRACE_MS: '1000',
      ...options.env,
    }),
  );
  return {
    gateway,
    subgraphs,
    query: async (query, opts = {}) => {
      const token =
        opts.token ??
        (opts.role
          ? await mintDevToken(DEV_SECRET, { sub: opts.sub ?? `test-${opts.role.toLowerCase()}`, roles: [opts.role] })
          : undefined);
      return postGraphql(gateway.url, query, { token, variables: opts.variables, headers: opts.headers });
    },
    stop: async () => {
      await gateway.stop();
      await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
    },
  };
}
