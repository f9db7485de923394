// The one pagination contract of the three subgraphs: `pageRequest` in (checked `first`, decoded
// `after`), `toConnection` out, and keyset cursors holding a tuple of sort-key values.
import { badArgument } from './errors';
import { isUuid } from './uuid';

/** Cursor pagination shared by every list: opaque cursors, bounded page sizes. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  limit: number;
  /** Decoded `after` cursor (the key text of the last row seen), or null; read it with `keysetAfter`. */
  after: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** The sort-key values of one row, in ORDER BY order (the last one is usually the id). */
export type Keyset = readonly (string | number)[];

/**
 * What each position of a cursor's keyset must hold, checked before it reaches SQL:
 * `text` any string, `uuid` a strict uuid, `integer` a safe integer, `day` a real YYYY-MM-DD,
 * `instant` an ISO 8601 UTC instant (up to microseconds, as PostgreSQL writes them).
 */
export type KeyKind = 'text' | 'uuid' | 'integer' | 'day' | 'instant';
type KeyValue<K extends KeyKind> = K extends 'integer' ? number : string;
export type KeysetOf<S extends readonly KeyKind[]> = { -readonly [I in keyof S]: KeyValue<S[I]> };

export const NOT_A_CURSOR = '`after` is not a cursor returned by this list';
export const notACursor = () => badArgument('after', 'is not a cursor returned by this list');

/** A key is a string, or a keyset written as JSON (what `readKeyset` reads back). */
export function encodeCursor(key: string | Keyset): string {
  const text = typeof key === 'string' ? key : JSON.stringify(key);
  return Buffer.from(`c:${text}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('c:')) throw notACursor();
  return text.slice(2);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?Z$/;

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function holds(kind: KeyKind, value: unknown): boolean {
  switch (kind) {
    case 'text':
      return typeof value === 'string';
    case 'uuid':
      return isUuid(value);
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'day': {
      const match = typeof value === 'string' ? DAY.exec(value) : null;
      return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
    }
    case 'instant': {
      const match = typeof value === 'string' ? INSTANT.exec(value) : null;
      if (match === null) return false;
      const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
      return isRealDay(year, month, day) && hour < 24 && minute < 60 && second < 60;
    }
  }
}

/** The keyset a decoded cursor holds, each value checked against `shape`; BAD_USER_INPUT otherwise. */
export function readKeyset<const S extends readonly KeyKind[]>(key: string, shape: S): KeysetOf<S> {
  let values: unknown;
  try {
    values = JSON.parse(key);
  } catch {
    throw notACursor();
  }
  if (!Array.isArray(values) || values.length !== shape.length || !shape.every((kind, i) => holds(kind, values[i]))) {
    throw notACursor();
  }
  return values as KeysetOf<S>;
}

/** The page's `after` keyset, checked against `shape`, or null on the first page. */
export function keysetAfter<const S extends readonly KeyKind[]>(page: PageRequest, shape: S): KeysetOf<S> | null {
  return page.after === null ? null : readKeyset(page.after, shape);
}

export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badArgument('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return { limit, after: after ? decodeCursor(after) : null };
}

/** `rows` holds up to limit + 1 rows, the extra one only telling that a next page exists. */
export function toConnection<T>(rows: readonly T[], limit: number, totalCount: number, keyOf: (row: T) => string | Keyset): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/** Pages a small list already in memory (a mentorship's sessions) with the same cursors as SQL lists. */
export function pageInMemory<T>(
  rows: readonly T[],
  first: number | null | undefined,
  after: string | null | undefined,
  keyOf: (row: T) => string | Keyset,
): Connection<T> {
  const request = pageRequest(first, after);
  const keyText = (row: T) => {
    const key = keyOf(row);
    return typeof key === 'string' ? key : JSON.stringify(key);
  };
  const start = request.after === null ? 0 : rows.findIndex((row) => keyText(row) === request.after) + 1;
  return toConnection(rows.slice(start, start + request.limit + 1), request.limit, rows.length, keyOf);
}
