// Migrations under a PostgreSQL advisory lock, and the migration command every service exposes
// (`pnpm --filter <service> migrate`, the Kubernetes Job): replicas starting together apply each
// migration once, the others wait for the lock and then find nothing pending.
import { MigrationExecutor, type DataSource } from 'typeorm';
import { createDataSource } from './database';
import { loadMigrationEnvironment, type MigrationEnvironment } from './environment';
import { createLogger } from './logger';
import type { SubgraphContextBase, SubgraphDefinition } from './subgraph';

/**
 * The advisory lock's key. Advisory locks are scoped to one database and each service has its
 * own, so one constant serves all three; it only has to differ from any other lock taken there.
 */
export const MIGRATION_LOCK_KEY = 4_092_615_770_311;

/**
 * Applies pending migrations (each in its own transaction) while holding a session-level
 * advisory lock on the same connection; returns the names applied here. TypeORM has no lock of
 * its own: without this, two replicas both read "pending" and both run the same migration.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    // Waits while another replica migrates; released by unlock or when the session ends.
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      const applied = await executor.executePendingMigrations();
      return applied.map((migration) => migration.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

/** Applies `definition`'s pending migrations to the database at `settings.DATABASE_URL`, then closes it. */
export async function migrateDatabase<C extends SubgraphContextBase>(
  definition: SubgraphDefinition<C>,
  settings: MigrationEnvironment,
): Promise<string[]> {
  const logger = createLogger(`${definition.name}-migrate`, settings.LOG_LEVEL);
  const dataSource = createDataSource({
    url: settings.DATABASE_URL,
    entities: definition.entities,
    migrations: definition.migrations,
    poolSize: 1,
    logger,
    applicationName: `${definition.name}-migrate`,
  });
  await dataSource.initialize();
  try {
    const applied = await runMigrationsLocked(dataSource);
    logger.info({ applied }, applied.length ? `${applied.length} migration(s) applied` : 'no migration pending');
    return applied;
  } finally {
    await dataSource.destroy();
  }
}

/** A service's `src/migrate.ts`: migrate with the environment's DATABASE_URL, exit 0 or 1. */
export function runMigrationCommand<C extends SubgraphContextBase>(definition: SubgraphDefinition<C>): void {
  Promise.resolve()
    .then(() => migrateDatabase(definition, loadMigrationEnvironment(definition.name)))
    .then(
      () => process.exit(0),
      (error: Error) => {
        process.stderr.write(`${definition.name} migrate: ${error.message}\n`);
        process.exit(1);
      },
    );
}
