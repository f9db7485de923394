import { toConnection, type Connection, type PageRequest } from '@equality-graph/service-kit';

/**
 * Pages a list already loaded whole by a DataLoader (a session's participants, a person's
 * enrolments: tens of rows), so that N parents still cost one statement. The cursor is the
 * row id; an unknown cursor gives an empty page.
 */
export function pageOf<T extends { id: string }>(rows: readonly T[], page: PageRequest): Connection<T> {
  const start = page.after === null ? 0 : rows.findIndex((row) => row.id === page.after) + 1;
  const rest = start === 0 && page.after !== null ? [] : rows.slice(start, start + page.limit + 1);
  return toConnection(rest, page.limit, rows.length, (row) => row.id);
}
