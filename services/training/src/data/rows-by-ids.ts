// Batch reads by primary key for the loaders (courses, sessions): one statement, answers in key
// order, and ids that are not uuids match no row without reaching PostgreSQL as a uuid.
import type { DataSource, EntityTarget } from 'typeorm';
import { byKeys, uuidsOnly } from '@equality-graph/service-kit';

/** The row of each id (null when unknown or not a uuid), in the order of `ids`. */
export async function rowsByIds<T extends { id: string }>(
  db: DataSource,
  entity: EntityTarget<T>,
  ids: readonly string[],
): Promise<(T | null)[]> {
  const valid = uuidsOnly(ids);
  const rows = valid.length
    ? await db.getRepository(entity).createQueryBuilder('row').where('row.id = ANY(:ids)', { ids: valid }).getMany()
    : [];
  return byKeys(ids, rows, (row) => row.id);
}
