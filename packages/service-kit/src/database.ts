// The TypeORM data source every process opens (explicit entities and migrations, statement
// counting for /metrics), built in one place so the services cannot drift.
import { DataSource, type Logger as OrmLogger, type MixedList, type EntitySchema } from 'typeorm';
import type { Logger } from './logger';
import type { ServiceMetrics } from './metrics';

/** Counts every statement for /metrics (how N+1 regressions are caught) and logs failures. */
class StatementCountingLogger implements OrmLogger {
  constructor(
    private readonly metrics: ServiceMetrics | undefined,
    private readonly logger: Logger,
  ) {}
  logQuery(): void {
    this.metrics?.dbStatements.inc();
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger.error({ err: error, query }, 'SQL statement failed');
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ ms: time, query }, 'slow SQL statement');
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger.info({ migration: message }, 'migration');
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn({ message }, 'typeorm');
  }
}

export interface DataSourceOptions {
  url: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  poolSize?: number;
  logger: Logger;
  metrics?: ServiceMetrics;
  applicationName?: string;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    // Schema changes go through reviewed migrations only.
    synchronize: false,
    migrationsRun: false,
    maxQueryExecutionTime: 1000,
    applicationName: options.applicationName,
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5000, statement_timeout: 15_000 },
    logger: new StatementCountingLogger(options.metrics, options.logger),
  });
}
