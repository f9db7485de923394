// Batched reads of one entity by one column (by id, by account, by mentorship), in key order:
// what most of the loaders do, written once over the kit's byKeys/groupByKeys.
import type { DataSource, EntityTarget, ObjectLiteral, OrderByCondition } from 'typeorm';
import { byKeys, groupByKeys, isUuid } from '@equality-graph/service-kit';

/** The column a batch is keyed by, how a row gives its key back, and which keys can match. */
export interface KeyColumn<T> {
  column: string;
  keyOf: (row: T) => string | null;
  /** Keys that cannot match (a non-uuid against a uuid column) answer null without reaching SQL. */
  accepts?: (key: string) => boolean;
}

export const BY_ID: KeyColumn<{ id: string }> = { column: 'id', keyOf: (row) => row.id, accepts: isUuid };
export const BY_ACCOUNT: KeyColumn<{ accountId: string | null }> = { column: 'account_id', keyOf: (row) => row.accountId };
export const BY_MENTORSHIP: KeyColumn<{ mentorshipId: string }> = { column: 'mentorship_id', keyOf: (row) => row.mentorshipId };

async function rowsWhere<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  key: KeyColumn<T>,
  keys: readonly string[],
  order: OrderByCondition = {},
): Promise<T[]> {
  const wanted = key.accepts ? keys.filter(key.accepts) : [...keys];
  if (wanted.length === 0) return [];
  return db.getRepository(entity).createQueryBuilder('r').where(`r.${key.column} = ANY(:keys)`, { keys: wanted }).orderBy(order).getMany();
}

/** One row (or null) per key, one statement. */
export async function rowPerKey<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  key: KeyColumn<T>,
  keys: readonly string[],
): Promise<(T | null)[]> {
  return byKeys<string | null, T>(keys, await rowsWhere(db, entity, key, keys), key.keyOf);
}

/** Every row of each key, in `order` (column names under the alias `r`), one statement. */
export async function rowsPerKey<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  key: KeyColumn<T>,
  keys: readonly string[],
  order: OrderByCondition = {},
): Promise<T[][]> {
  return groupByKeys<string | null, T>(keys, await rowsWhere(db, entity, key, keys, order), key.keyOf);
}
