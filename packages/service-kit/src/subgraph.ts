// How a subgraph starts (schema, internal token check, context, servers) from a service's
// definition: the one bootstrap the three services share.
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { parseInternalKeySet, verifyInternalToken, type Identity, type VerifiedInternalToken } from '@equality-graph/auth';
import { flushTracing } from '@equality-graph/telemetry';
import { enforceAccess } from './access-directive';
import { observabilityPlugin, type RequestContext } from './apollo-plugins';
import { publicAnswersPlugin, type AuditTrail } from './public-answers';
import { keepFiguresOf, writesDropKeptPlugin } from './change-feed';
import { createDataSource } from './database';
import type { SubgraphEnvironment } from './environment';
import { HttpError, closeGracefully, createHttpServer, createMetricsServer, listen } from './http-server';
import { inputLimitsPlugin, subgraphInputLimits } from './input-limits';
import { createLogger, type Logger } from './logger';
import { runMigrationsLocked } from './migrations';
import { ServiceMetrics } from './metrics';
import { isSafeRequestId } from './request-id';

export interface SubgraphContextBase extends RequestContext {
  identity: Identity;
  /** Marked by recordAudit; a request that wrote none may be answered as public (public-answers.ts). */
  auditTrail?: AuditTrail;
}

/** What a service is; `startSubgraph` knows how servers start. */
export interface SubgraphDefinition<C extends SubgraphContextBase> {
  name: string;
  typeDefs: DocumentNode;
  /** The codegen-typed resolver map (see `startSubgraph` for the one cast). */
  resolvers: object;
  entities: Function[];
  migrations: Function[];
  /** Per-request context: loaders are created here and nowhere else. */
  createContext(base: SubgraphContextBase, dataSource: DataSource): C;
  /** Idempotent demo data, run at start when SEED_DEMO_DATA is set. */
  seedDemoData?(dataSource: DataSource, logger: Logger): Promise<void>;
}

export interface SubgraphSettings extends Omit<SubgraphEnvironment, 'KEEP_FIGURES'> {
  /** Parsed from the environment (default true there); settings written in code keep nothing unless they say so. */
  KEEP_FIGURES?: boolean;
  PORT: number;
  /** Each service has its own default, so all processes of `pnpm start` fit on one machine. */
  METRICS_PORT: number;
}

export interface RunningService {
  name: string;
  url: string;
  port: number;
  /** Where this process serves /metrics (its metrics listener, not the public port). */
  metricsUrl: string;
  metricsPort: number;
  metrics: ServiceMetrics;
  logger: Logger;
  dataSource?: DataSource;
  stop(): Promise<void>;
}

const BEARER = /^Bearer\s+(\S+)$/i;

/** A URL host for a listen address: a wildcard is reached on loopback, IPv6 needs brackets. */
export function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

const MAX_SUBGRAPH_BODY_BYTES = 10 * 1024 * 1024;

export function buildSchema<C extends SubgraphContextBase>(definition: SubgraphDefinition<C>) {
  // The one place where codegen's resolver types meet @apollo/subgraph's map type (they
  // differ on __resolveReference's signature, a known upstream gap).
  const resolvers = definition.resolvers as GraphQLResolverMap<unknown>;
  return enforceAccess<C>(buildSubgraphSchema({ typeDefs: definition.typeDefs, resolvers }));
}

export async function startSubgraph<C extends SubgraphContextBase>(
  definition: SubgraphDefinition<C>,
  settings: SubgraphSettings,
): Promise<RunningService> {
  const production = settings.NODE_ENV === 'production';
  const logger = createLogger(definition.name, settings.LOG_LEVEL);
  const metrics = new ServiceMetrics(definition.name);
  // Every key the gateway may sign with (several while one replaces another), by key id.
  const gatewayKeys = parseInternalKeySet(settings.INTERNAL_JWT_PUBLIC_KEY);
  const tokenPolicy = { subgraph: definition.name, maxLifetimeSeconds: settings.INTERNAL_TOKEN_MAX_LIFETIME_SECONDS };
  const dataSource = createDataSource({
    url: settings.DATABASE_URL,
    entities: definition.entities,
    migrations: definition.migrations,
    poolSize: settings.DATABASE_POOL_SIZE,
    logger,
    metrics,
    applicationName: definition.name,
  });
  await dataSource.initialize();
  if (settings.KEEP_FIGURES === true) keepFiguresOf(dataSource);
  // Under the advisory lock: several replicas may start at once.
  if (settings.RUN_MIGRATIONS) await runMigrationsLocked(dataSource);
  if (settings.SEED_DEMO_DATA && definition.seedDemoData) {
    await definition.seedDemoData(dataSource, logger);
    // Statistics now, not when autovacuum gets round to it: until then every estimate is one row
    // and the first minute of `pnpm start` ran nested loops where hash joins are right.
    await dataSource.query('ANALYZE');
  }

  const apollo = new ApolloServer<C>({
    schema: buildSchema(definition),
    includeStacktraceInErrorResponses: !production,
    // Only the gateway can reach a subgraph (internal token), and it needs introspection-free
    // `_service`; plain introspection stays available to it for debugging.
    introspection: true,
    // runUntilSignalled owns signals: drain HTTP, stop Apollo, close the pool, in that order.
    stopOnTerminationSignals: false,
    csrfPrevention: false,
    // The gateway checks the same caps first; this holds for a caller that went around it.
    plugins: [
      observabilityPlugin<C>(metrics, production),
      inputLimitsPlugin<C>(subgraphInputLimits(settings)),
      publicAnswersPlugin<C>(),
      writesDropKeptPlugin<C>(dataSource),
    ],
    logger: { debug: () => {}, info: () => {}, warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
  });
  await apollo.start();

  const server = createHttpServer<C>({
    apollo,
    metrics,
    logger,
    maxBodyBytes: MAX_SUBGRAPH_BODY_BYTES,
    requestIdFromHeader: false,
    ready: async () => {
      await dataSource.query('SELECT 1');
      return true;
    },
    // Every GraphQL request, `_service` and `_entities` included, must carry the gateway's token.
    context: async ({ req }) => {
      const match = BEARER.exec(String(req.headers.authorization ?? ''));
      if (!match) throw new HttpError(401, 'Missing gateway token', 'UNAUTHENTICATED', { 'www-authenticate': 'Bearer' });
      let verified: VerifiedInternalToken;
      try {
        // A token for another subgraph is refused here: whoever saw it cannot replay it against us.
        verified = await verifyInternalToken(match[1], gatewayKeys, tokenPolicy);
      } catch {
        throw new HttpError(401, 'Invalid gateway token', 'UNAUTHENTICATED', { 'www-authenticate': 'Bearer error="invalid_token"' });
      }
      const { identity } = verified;
      const requestId = isSafeRequestId(verified.requestId) ? verified.requestId : randomUUID();
      // The HTTP layer's logger carries a local id; this one carries the gateway's.
      const withId = logger.child({ requestId });
      const context = definition.createContext(
        { identity, requestId, logger: identity.sub ? withId.child({ sub: identity.sub }) : withId, auditTrail: { written: false } },
        dataSource,
      );
      context.operationLabel = verified.operation;
      return context;
    },
  });
  const metricsServer = createMetricsServer(metrics);
  const port = await listen(server, settings.PORT, settings.HOST);
  const metricsPort = await listen(metricsServer, settings.METRICS_PORT, settings.METRICS_HOST);
  logger.info({ port, metricsPort, gatewayKeyIds: [...gatewayKeys.keys()] }, `${definition.name} subgraph listening`);

  let stopping: Promise<void> | undefined;
  return {
    name: definition.name,
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    metricsUrl: `http://${urlHost(settings.METRICS_HOST)}:${metricsPort}/metrics`,
    metricsPort,
    metrics,
    logger,
    dataSource,
    stop: () =>
      (stopping ??= (async () => {
        await closeGracefully(server, settings.SHUTDOWN_GRACE_MS);
        await closeGracefully(metricsServer, 0);
        await apollo.stop();
        await dataSource.destroy();
        logger.info(`${definition.name} subgraph stopped`);
      })()),
  };
}

/** index.ts of every process: start, then stop cleanly on SIGINT/SIGTERM. */
export function runUntilSignalled(start: () => Promise<RunningService>): void {
  start().then(
    (running) => {
      let signalled = false;
      const shutdown = (signal: string) => {
        // A terminal's Ctrl-C and a supervisor's SIGTERM often arrive together.
        if (signalled) return;
        signalled = true;
        running.logger.info({ signal }, 'shutting down');
        // Spans still buffered go out before the process ends (nothing to do when tracing is off).
        running
          .stop()
          .then(flushTracing)
          .then(
            () => process.exit(0),
            (error) => {
              running.logger.error({ err: error }, 'shutdown failed');
              process.exit(1);
            },
          );
      };
      process.on('SIGINT', shutdown);
      process.on('SIGTERM', shutdown);
    },
    (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    },
  );
}
