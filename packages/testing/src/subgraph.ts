// Starts one real subgraph on a free port over a fresh, migrated database, as the services' tests
// need it.
import { startSubgraph, type RunningService, type SubgraphContextBase, type SubgraphDefinition } from '@equality-graph/service-kit';
import type { Identity } from '@equality-graph/auth';
import { createTestDatabase } from './database';
import { postGraphql, type GraphqlResponse } from './graphql-client';
import { internalToken, testKeys } from './identities';

export interface TestSubgraph extends RunningService {
  /** Query as `who`, with the token the gateway would have minted. */
  query<D = Record<string, unknown>>(query: string, who: Identity, variables?: Record<string, unknown>): Promise<GraphqlResponse<D>>;
  databaseUrl: string;
}

/** A real subgraph on a free port over a fresh, migrated database. */
export async function startTestSubgraph<C extends SubgraphContextBase>(
  definition: SubgraphDefinition<C>,
  /** `gatewayPublicKeys`: the key set the subgraph trusts (default: the test gateway's one key). */
  options: { seedDemoData?: boolean; production?: boolean; gatewayPublicKeys?: string; keepFigures?: boolean } = {},
): Promise<TestSubgraph> {
  const database = await createTestDatabase(definition.name);
  const running = await startSubgraph(definition, {
    NODE_ENV: options.production ? 'production' : 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL === undefined ? 'silent' : (process.env.TEST_LOG_LEVEL as 'info'),
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: 10,
    INTERNAL_JWT_PUBLIC_KEY: options.gatewayPublicKeys ?? testKeys.publicKeyPem,
    HOST: '127.0.0.1',
    PORT: 0,
    METRICS_HOST: '127.0.0.1',
    METRICS_PORT: 0,
    INTERNAL_TOKEN_MAX_LIFETIME_SECONDS: 20,
    SHUTDOWN_GRACE_MS: 1000,
    RUN_MIGRATIONS: true,
    SEED_DEMO_DATA: options.seedDemoData ?? false,
    // Tests write straight to the database and read at once: each read sees the tables
    // (test/kept-figures.test.ts in mentoring and training turn keeping on).
    KEEP_FIGURES: options.keepFigures ?? false,
  });
  return {
    ...running,
    databaseUrl: database.url,
    query: async (query, who, variables) =>
      postGraphql(running.url, query, { token: await internalToken(who, definition.name), variables }),
    stop: async () => {
      await running.stop();
      await database.drop();
    },
  };
}
