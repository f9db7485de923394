// One page of a list in id order (mentors, mentees, mentorships) with the kit's pagination
// contract: the cursor checked before any SQL, the total, then the rows after the cursor.
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { keysetAfter, toConnection, type Connection, type PageRequest } from '@equality-graph/service-kit';
import { ID_KEYSET } from './input-checks';

/** Two statements: the count of the filtered list, then up to `limit + 1` rows after the cursor. */
export async function pageInIdOrder<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  request: PageRequest,
): Promise<Connection<T>> {
  const after = keysetAfter(request, ID_KEYSET);
  const total = await query.clone().getCount();
  if (after) query.andWhere(`${query.alias}.id > :after`, { after: after[0] });
  const rows = await query
    .orderBy(`${query.alias}.id`, 'ASC')
    .limit(request.limit + 1)
    .getMany();
  return toConnection(rows, request.limit, total, (row) => [row.id]);
}
