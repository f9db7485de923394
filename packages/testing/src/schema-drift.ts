// What TypeORM would still change in the database: the drift check between entities and
// migrations.
import type { DataSource } from 'typeorm';

/**
 * The SQL TypeORM would run to make the database match the entities. Empty after the real
 * migrations means entities and migrations agree (the drift check).
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}
