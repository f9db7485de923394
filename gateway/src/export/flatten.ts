// Turns one page of the answer into rows: the list found at its path, each item read along the
// columns (a null on the way leaves the cell empty; a list inside a row stays one value).
import type { ExportColumn, ExportList } from './list-selection';

export type Cell = unknown;

function at(value: unknown, path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || current === undefined || typeof current !== 'object') return null;
    current = (current as Record<string, unknown>)[key];
  }
  return current ?? null;
}

/** The connection (or list) value of one page's `data`. */
export const listValue = (data: unknown, list: ExportList): unknown => at(data, list.path);

export function rowsOf(data: unknown, list: ExportList): unknown[] {
  const value = listValue(data, list);
  if (list.rows === 'items') return Array.isArray(value) ? value : [];
  const items = at(value, [list.rows]);
  if (!Array.isArray(items)) return [];
  return list.rows === 'edges' ? items.map((edge) => at(edge, ['node'])) : items;
}

export const cellsOf = (row: unknown, columns: ExportColumn[]): Cell[] => columns.map((column) => at(row, column.path));
