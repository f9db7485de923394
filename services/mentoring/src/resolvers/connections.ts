// The page helpers the list resolvers share: a data module's rows become the kit's connection.
import { decodeCursor, encodeCursor, pageRequest, toConnection, type Connection } from '@equality-graph/service-kit';
import type { Page } from '../data/mentors';

export const byId = (row: { id: string }) => row.id;

export function connection<T>(page: Page<T>, limit: number, keyOf: (row: T) => string): Connection<T> {
  return toConnection(page.rows, limit, page.total, keyOf);
}

/** Pages a small, fully loaded list (a mentorship's sessions) with the same cursors as SQL lists. */
export function pageInMemory<T>(
  rows: readonly T[],
  first: number | null | undefined,
  after: string | null | undefined,
  keyOf: (row: T) => string,
): Connection<T> {
  const request = pageRequest(first, after);
  const start = request.after === null ? 0 : rows.findIndex((row) => keyOf(row) === request.after) + 1;
  return toConnection(rows.slice(start, start + request.limit + 1), request.limit, rows.length, keyOf);
}

export { decodeCursor, encodeCursor };
