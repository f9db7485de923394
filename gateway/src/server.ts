// Builds and starts the gateway (Apollo gateway, plugins, HTTP policy, metrics listener) from its
// settings; index.ts only calls it, tests start it on port 0.
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { parsePrivateKey, type Identity } from '@equality-graph/auth';
import {
  OperationLabels,
  ServiceMetrics,
  closeGracefully,
  createHttpServer,
  createLogger,
  createMetricsServer,
  listen,
  observabilityPlugin,
  urlHost,
  type Logger,
  type ContextInfo,
  type RunningService,
} from '@equality-graph/service-kit';
import type { Redis } from 'ioredis';
import { Counter } from 'prom-client';
import { AUTH_CONFIG_PATH, browserSignInRoutes, DEV_TOKEN_PATH } from './browser-sign-in';
import { identityOf, clientVerifier } from './client-identity';
import type { GatewayContext } from './context';
import type { GatewayEnvironment } from './environment';
import { anyRoute, EXPORT_PATH, exportRoute } from './export/export-route';
import { CONSOLE_PATH } from './console/console-files';
import { consoleRoutes } from './console/console-routes';
import { COST_PATH } from './console/cost-preview';
import { httpPolicy } from './http-policy';
import { introspectionPlugin } from './introspection';
import { armorValidationRules, costLimitPlugin, clientErrorFormatter, depthAndTokenLimitPlugin, LIMIT_CODE, operationResolutionPlugin } from './operation-limits';
import { parserTokenLimit } from './caller-limits';
import { AllowListedCache, allowListPlugin, loadAllowList, loadPersistedOperations, type PersistedOperation } from './persisted-operations';
import { ProgrammeRoles } from './programme-roles';
import { MemoryCounterStore, RateLimiter, RedisCounterStore, rateLimitKey } from './rate-limit';
import { RedisKeyValueCache, connectRedis } from './redis';
import { sharedAnswers } from './response-cache';
import { SubgraphDataSource, subgraphFetcher } from './subgraph-data-source';
import { supergraphDelivery } from './supergraph-source';
import { SupergraphStatus } from './supergraph-status';
import { rememberVerifiedTokens } from './verified-tokens';

export const MOBILE_PATH = '/graphql/mobile';

/**
 * The operation names metrics may carry: those of the allow-list (read even when it is not
 * enforced), a fixed set a client cannot grow. Any other name is counted as `other`.
 */
function operationLabels(dir: string, persisted: PersistedOperation[], logger: Logger): OperationLabels {
  if (persisted.length > 0) return new OperationLabels({ known: persisted.map((o) => o.name) });
  try {
    return new OperationLabels({ known: loadPersistedOperations(dir).map((o) => o.name) });
  } catch (error) {
    logger.warn({ err: error, dir }, 'no persisted operations to name in metrics: every named operation counts as "other"');
    return new OperationLabels({ known: [] });
  }
}

export async function startGateway(env: GatewayEnvironment): Promise<RunningService> {
  const production = env.NODE_ENV === 'production';
  const limits = { production, exposeLimits: env.EXPOSE_LIMITS ?? !production };
  const logger = createLogger('gateway', env.LOG_LEVEL);
  const persistedDir = path.resolve(env.PERSISTED_OPERATIONS_DIR);
  const persisted =
    env.ALLOWLIST_MODE === 'off'
      ? []
      : loadAllowList(
          persistedDir,
          env.PERSISTED_DOCUMENTS_MANIFESTS.map((file) => path.resolve(file)),
        );
  const metrics = new ServiceMetrics('gateway', true, operationLabels(persistedDir, persisted, logger));
  const redisErrors = new Counter({
    name: 'gateway_redis_errors_total',
    help: 'Failed Redis commands and connection errors, by use',
    labelNames: ['operation'] as const,
    registers: [metrics.registry],
  });
  const supergraph = new SupergraphStatus(metrics.registry);
  const rateLimited = new Counter({ name: 'gateway_rate_limited_total', help: 'Requests refused with 429', registers: [metrics.registry] });
  const signingKey = parsePrivateKey(env.INTERNAL_JWT_PRIVATE_KEY);
  // A session's token is checked once, not on every request (verified-tokens.ts).
  const verify = rememberVerifiedTokens(clientVerifier(env));
  const subgraphs = subgraphFetcher({ timeoutMs: env.SUBGRAPH_TIMEOUT_MS, maxConnections: env.SUBGRAPH_MAX_CONNECTIONS });
  const redis: Redis | undefined = env.REDIS_URL ? await connectRedis(env.REDIS_URL, env.REDIS_COMMAND_TIMEOUT_MS, logger, redisErrors) : undefined;
  const apqStore: KeyValueCache<string> = redis ? new RedisKeyValueCache(redis, redisErrors) : new InMemoryLRUCache<string>();
  const answers = sharedAnswers(env, { registry: metrics.registry, logger, redis, redisErrors });
  const limiter =
    env.RATE_LIMIT_MAX > 0
      ? new RateLimiter({
          max: env.RATE_LIMIT_MAX,
          windowMs: env.RATE_LIMIT_WINDOW_MS,
          store: redis ? new RedisCounterStore(redis) : new MemoryCounterStore(),
          onStoreError: env.RATE_LIMIT_ON_REDIS_ERROR,
          logger,
          storeErrors: redisErrors,
          refused: rateLimited,
        })
      : undefined;

  const programmeRoles = new ProgrammeRoles({
    ttlSeconds: env.PROGRAMME_ROLES_TTL_SECONDS,
    timeoutMs: env.PROGRAMME_ROLES_TIMEOUT_MS,
    signingKey,
    logger,
    registry: metrics.registry,
    redis,
    redisErrors,
  });

  const gateway = new ApolloGateway({
    supergraphSdl: env.COMPOSE_FROM_SUBGRAPHS
      ? new IntrospectAndCompose({ subgraphs: Object.entries(env.SUBGRAPH_URLS).map(([name, url]) => ({ name, url })) })
      : supergraphDelivery(path.resolve(env.SUPERGRAPH_PATH), { logger, status: supergraph, pollMs: env.SUPERGRAPH_POLL_MS }),
    buildService: ({ name, url }) => {
      const target = env.SUBGRAPH_URLS[name] ?? url;
      if (!target) throw new Error(`subgraph ${name} has no URL: give it one in SUBGRAPH_URLS or in the supergraph`);
      programmeRoles.subgraphUrl(name, target);
      return new SubgraphDataSource(name, target, signingKey, subgraphs.fetcher, logger, env.OPERATION_TIMEOUT_MS, metrics.operations);
    },
    logger: {
      debug: () => {},
      info: (m) => logger.info(String(m)),
      warn: (m) => logger.warn(String(m)),
      error: (m) => logger.error(String(m)),
    },
  });

  // Whatever the source (file, directory, composition), what is served is what gets reported.
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => supergraph.loaded(coreSupergraphSdl));

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Decided per caller by introspectionPlugin (analysts may, anonymous callers may not, in production).
    introspection: true,
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !production,
    // Also drops "Did you mean ...?" suggestions from validation errors.
    hideSchemaDetailsFromClientErrors: production,
    allowBatchedHttpRequests: env.MAX_BATCH_OPERATIONS > 1,
    // The analysts' (largest) limit; everyone else's is checked per request by depthAndTokenLimitPlugin.
    parseOptions: { maxTokens: parserTokenLimit(env) },
    validationRules: armorValidationRules(env, limits),
    formatError: clientErrorFormatter(limits),
    persistedQueries: { cache: persisted.length ? new AllowListedCache(apqStore, persisted) : apqStore, ttl: env.APQ_TTL_SECONDS },
    plugins: [
      observabilityPlugin<GatewayContext>(metrics, production),
      operationResolutionPlugin(),
      // Before the cost limit: hooks of one stage run together and the first refusal is the
      // answer, so an operation off the allow-list is told so, not that its cost needs variables.
      allowListPlugin(persisted),
      introspectionPlugin(production),
      depthAndTokenLimitPlugin(env, limits),
      costLimitPlugin(env, limits),
      programmeRoles.plugin(),
      // Last: a shared answer is served only once every check above has passed.
      ...answers.plugins,
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
    logger: { debug: () => {}, info: () => {}, warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
  });
  await apollo.start();

  /** The verified caller, once the rate limiter has admitted `operations` more of her requests. */
  const admitted = async (req: IncomingMessage, res: ServerResponse, operations = 1): Promise<Identity> => {
    const verified = await identityOf(req, verify);
    await limiter?.admit(rateLimitKey(verified, req, env.TRUST_PROXY_HOPS), operations, res);
    return verified;
  };

  // One context builder for /graphql and /graphql/export: same identity, admission and deadline.
  const context = async ({ req, res, body, requestId, logger: requestLogger }: ContextInfo): Promise<GatewayContext> => {
    const verified = await admitted(req, res, Array.isArray(body) ? Math.max(body.length, 1) : 1);
    // After the rate limit: a refused request never reaches mentoring.
    const identity = await programmeRoles.extend(verified, requestId);
    const requestPath = (req.url ?? '/').split('?')[0];
    const deadlineAt = Date.now() + env.OPERATION_TIMEOUT_MS;
    return {
      identity,
      requestId,
      logger: identity.sub ? requestLogger.child({ sub: identity.sub }) : requestLogger,
      deadline: AbortSignal.timeout(env.OPERATION_TIMEOUT_MS),
      deadlineAt,
      allowListOnly: env.ALLOWLIST_MODE === 'all' || (env.ALLOWLIST_MODE === 'mobile' && requestPath === MOBILE_PATH),
    };
  };

  const policy = httpPolicy({ corsOrigins: env.CORS_ORIGINS, production });
  const server = createHttpServer<GatewayContext>({
    apollo,
    metrics,
    logger,
    maxBodyBytes: env.MAX_BODY_BYTES,
    maxBatchOperations: env.MAX_BATCH_OPERATIONS,
    graphqlPaths: env.ALLOWLIST_MODE === 'mobile' ? ['/graphql', MOBILE_PATH] : ['/graphql'],
    ready: async () => {
      const serving = supergraph.current();
      // Redis's state is reported, not required: its failure policy (RATE_LIMIT_ON_REDIS_ERROR) already applies.
      return { ready: serving !== undefined, supergraph: serving, ...(redis && { redis: redis.status }) };
    },
    before: policy,
    routes: anyRoute(
      exportRoute({
        apollo,
        schema: () => gateway.schema,
        context,
        before: policy,
        logger,
        maxBodyBytes: env.MAX_BODY_BYTES,
        maxRows: env.EXPORT_MAX_ROWS,
        maxTokens: parserTokenLimit(env),
        pageSize: env.EXPORT_PAGE_SIZE,
        operationTimeoutMs: env.OPERATION_TIMEOUT_MS,
      }),
      browserSignInRoutes(env, logger),
      consoleRoutes({ env, logger, exposeLimits: limits.exposeLimits, limitCode: LIMIT_CODE, schema: () => gateway.schema, identify: admitted }),
    ),
    // The cost preview before the console's files, which share its prefix.
    labelledRoutes: [EXPORT_PATH, AUTH_CONFIG_PATH, DEV_TOKEN_PATH, COST_PATH, `${CONSOLE_PATH}/*`],
    context,
  });
  const metricsServer = createMetricsServer(metrics);
  const port = await listen(server, env.PORT, env.HOST);
  const metricsPort = await listen(metricsServer, env.METRICS_PORT, env.METRICS_HOST);
  logger.info({ port, metricsPort, allowList: persisted.length, redis: Boolean(redis) }, 'gateway listening');

  let stopping: Promise<void> | undefined;
  return {
    name: 'gateway',
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    metricsUrl: `http://${urlHost(env.METRICS_HOST)}:${metricsPort}/metrics`,
    metricsPort,
    metrics,
    logger,
    stop: () =>
      (stopping ??= (async () => {
        await closeGracefully(server, env.SHUTDOWN_GRACE_MS);
        await closeGracefully(metricsServer, 0);
        await apollo.stop();
        await subgraphs.close();
        answers.close();
        programmeRoles.close();
        redis?.disconnect();
        logger.info('gateway stopped');
      })()),
  };
}
