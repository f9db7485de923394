// The observatory's disclosure control on top of the kit's interval protection: which figures of
// a group are withheld, and the rates and ranks computed from what remains.
import { protectTable, type TableCell, type TableNode } from '@equality-graph/service-kit';
import { departmentTerritories } from '@equality-graph/territory';

/**
 * Disclosure control of one indicator x period group: every commune figure of that indicator
 * and period plus the department-level figure when there is one, published side by side with
 * the department total (the department row, or the sum of the commune figures) and the four
 * territories' totals (sums of their communes). The group is handed to the interval protection
 * as a three-level table: communes, territories, department.
 */
export interface GroupCell {
  id: string;
  /** Null for the department-level figure. */
  communeCode: string | null;
  /** Null when the source did not disseminate a figure. */
  value: number | null;
}

export interface GroupDisclosure {
  /** Ids of the cells withheld (primary and secondary suppression). */
  suppressed: Set<string>;
  /** The department figure, or the sum of the commune figures (null when nothing is known). */
  total: number | null;
  totalSuppressed: boolean;
  /** Codes of the territories whose total is withheld. */
  territoriesSuppressed: Set<string>;
}

const COMPUTED_TOTAL = 'total';

/** A territory's total in the table, named apart from the observation ids (uuids). */
export const territoryTotalId = (code: string) => `territory:${code}`;

const tableCell = (c: GroupCell): TableCell => ({ kind: 'cell', id: c.id, value: c.value });
const sumOf = (cells: readonly GroupCell[]) => cells.reduce((sum, c) => sum + (c.value ?? 0), 0);

/**
 * Known commune figures under their territory's total (published beside them in a breakdown, so
 * always part of what a reader knows); cells of no territory (none among the 36) stay apart.
 */
function underTerritories(known: readonly GroupCell[]): TableNode[] {
  const territories = departmentTerritories();
  const inTerritory = (codes: readonly string[]) => known.filter((c) => c.communeCode !== null && codes.includes(c.communeCode));
  const nodes: TableNode[] = territories.flatMap(({ code, communeCodes }) => {
    const members = inTerritory(communeCodes);
    return members.length === 0
      ? []
      : [{ kind: 'total' as const, id: territoryTotalId(code), value: sumOf(members), parts: members.map(tableCell) }];
  });
  const grouped = new Set(territories.flatMap((t) => t.communeCodes));
  return [...nodes, ...known.filter((c) => c.communeCode === null || !grouped.has(c.communeCode)).map(tableCell)];
}

/**
 * The table a reader of this group faces. With a department row, communes the source did not
 * disseminate are unknowns inside it; without one, the total is the sum of the known communes
 * and they are not part of it. A department row larger than its disseminated communes keeps
 * the difference as a known figure (the cautious reading: a reader may know it).
 */
export function groupTable(cells: readonly GroupCell[]): { table: TableNode | null; total: number | null } {
  const communes = cells.filter((c) => c.communeCode !== null);
  const department = cells.find((c) => c.communeCode === null);
  const known = communes.filter((c) => c.value !== null);
  const knownSum = sumOf(known);
  if (department && department.value !== null) {
    if (communes.length === 0) return { table: tableCell(department), total: department.value };
    const unknown = communes.filter((c) => c.value === null);
    const remainder = department.value - knownSum;
    const parts: TableNode[] = [...underTerritories(known), ...unknown.map(tableCell)];
    if (unknown.length === 0 && remainder > 0) parts.push({ kind: 'cell', id: `${department.id}:unattributed`, value: remainder });
    return { table: { kind: 'total', id: department.id, value: department.value, parts }, total: department.value };
  }
  if (known.length === 0) return { table: null, total: null };
  return {
    table: { kind: 'total', id: department?.id ?? COMPUTED_TOTAL, value: knownSum, parts: underTerritories(known) },
    total: knownSum,
  };
}

export function discloseGroup(cells: readonly GroupCell[], threshold: number): GroupDisclosure {
  const { table, total } = groupTable(cells);
  if (!table) return { suppressed: new Set(), total, totalSuppressed: false, territoriesSuppressed: new Set() };
  const { primary, secondary, withheldTotals } = protectTable(table, threshold);
  const withheld = new Set([...primary, ...secondary, ...withheldTotals]);
  const ids = new Set(cells.map((c) => c.id));
  return {
    suppressed: new Set([...withheld].filter((id) => ids.has(id))),
    total,
    totalSuppressed: withheld.has(table.id),
    territoriesSuppressed: new Set(departmentTerritories().flatMap(({ code }) => (withheld.has(territoryTotalId(code)) ? [code] : []))),
  };
}

/** Per 1,000 inhabitants, three decimals. */
export function ratePerThousand(value: number | null, population: number | null): number | null {
  if (value === null || !population) return null;
  return Math.round((value / population) * 1_000_000) / 1000;
}

/** Competition ranking (1, 2, 2, 4) by descending rate; cells without a rate get no rank. */
export function rankByRate<T extends { key: string; rate: number | null }>(cells: readonly T[]): Map<string, number> {
  const ranked = cells.flatMap((cell) => (cell.rate === null ? [] : [{ key: cell.key, rate: cell.rate }])).sort((a, b) => b.rate - a.rate);
  const ranks = new Map<string, number>();
  ranked.forEach((cell, index) => {
    const previous = ranked[index - 1];
    const tied = previous !== undefined && previous.rate === cell.rate ? ranks.get(previous.key) : undefined;
    ranks.set(cell.key, tied ?? index + 1);
  });
  return ranks;
}
