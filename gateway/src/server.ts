import path from 'node:path';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { parsePrivateKey } from '@equality-graph/auth';
import {
  ServiceMetrics,
  closeGracefully,
  createHttpServer,
  createLogger,
  listen,
  observabilityPlugin,
  type RunningService,
} from '@equality-graph/service-kit';
import { identityOf, clientVerifier } from './client-identity';
import type { GatewayContext } from './context';
import type { GatewayEnvironment } from './environment';
import { SubgraphDataSource, fetcherWithTimeout } from './subgraph-data-source';
import { supergraphFile } from './supergraph-source';

export async function startGateway(env: GatewayEnvironment): Promise<RunningService> {
  const production = env.NODE_ENV === 'production';
  const logger = createLogger('gateway', env.LOG_LEVEL);
  const metrics = new ServiceMetrics('gateway');
  const signingKey = parsePrivateKey(env.INTERNAL_JWT_PRIVATE_KEY);
  const verify = clientVerifier(env);
  const fetcher = fetcherWithTimeout(env.SUBGRAPH_TIMEOUT_MS);

  const gateway = new ApolloGateway({
    supergraphSdl: env.COMPOSE_FROM_SUBGRAPHS
      ? new IntrospectAndCompose({ subgraphs: Object.entries(env.SUBGRAPH_URLS).map(([name, url]) => ({ name, url })) })
      : supergraphFile(path.resolve(env.SUPERGRAPH_PATH), logger),
    buildService: ({ name, url }) => new SubgraphDataSource(env.SUBGRAPH_URLS[name] ?? url!, signingKey, fetcher),
    logger: {
      debug: () => {},
      info: (m) => logger.info(String(m)),
      warn: (m) => logger.warn(String(m)),
      error: (m) => logger.error(String(m)),
    },
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    plugins: [
      observabilityPlugin<GatewayContext>(metrics, production),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
    logger: { debug: () => {}, info: () => {}, warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
  });
  await apollo.start();

  const server = createHttpServer<GatewayContext>({
    apollo,
    metrics,
    logger,
    maxBodyBytes: env.MAX_BODY_BYTES,
    ready: async () => true,
    context: async ({ req, requestId, logger: requestLogger }) => {
      const identity = await identityOf(req, verify);
      return { identity, requestId, logger: identity.sub ? requestLogger.child({ sub: identity.sub }) : requestLogger };
    },
  });
  const port = await listen(server, env.PORT, env.HOST);
  logger.info({ port }, 'gateway listening');

  let stopping: Promise<void> | undefined;
  return {
    name: 'gateway',
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    metrics,
    logger,
    stop: () =>
      (stopping ??= (async () => {
        await closeGracefully(server, env.SHUTDOWN_GRACE_MS);
        await apollo.stop();
        logger.info('gateway stopped');
      })()),
  };
}
