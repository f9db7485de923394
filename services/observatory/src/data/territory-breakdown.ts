// The territories' lines of a breakdown: each EPT's total over its communes of the department,
// withheld as the three-level disclosure table decides (the same table every read path uses).
import { departmentTerritories, type Territory } from '@equality-graph/territory';
import { discloseGroup } from './disclosure';
import type { ObservationRow, Reader } from './observation-rows';

export interface TerritoryCellRow {
  territory: Territory;
  value: number | null;
  rate: number | null;
  populationYear: number | null;
  change: number | null;
  suppressed: boolean;
  communesCount: number;
  communesWithValue: number;
  partial: boolean;
}

/** The rate of a total over the population of the communes it covers (the breakdown's vintage rule). */
export type CoveredRate = (value: number, communeCodes: readonly string[]) => { rate: number | null; populationYear: number | null };

interface TerritoryTotal {
  value: number | null;
  covered: string[];
  suppressed: boolean;
}

/** Each territory's total for one period's group, and whether the reader may see it. */
function territoryTotals(group: readonly ObservationRow[], reader: Reader): Map<string, TerritoryTotal> {
  const withheld = reader.raw ? new Set<string>() : discloseGroup(group, reader.threshold).territoriesSuppressed;
  return new Map(
    departmentTerritories().map((territory) => {
      const known = group.filter((r) => r.communeCode !== null && r.value !== null && territory.communeCodes.includes(r.communeCode));
      const value = known.length === 0 ? null : known.reduce((sum, r) => sum + (r.value ?? 0), 0);
      const covered = known.flatMap((r) => (r.communeCode === null ? [] : [r.communeCode]));
      return [territory.code, { value, covered, suppressed: value !== null && withheld.has(territory.code) }];
    }),
  );
}

/**
 * One line per territory, by name: `current` and `previous` must each hold every row the reader
 * may see of their group (indicator x period), as disclosure works on whole groups.
 */
export function territoryCells(
  current: readonly ObservationRow[],
  previous: readonly ObservationRow[],
  reader: Reader,
  rateOf: CoveredRate,
): TerritoryCellRow[] {
  const now = territoryTotals(current, reader);
  const before = territoryTotals(previous, reader);
  return departmentTerritories().map((territory) => {
    const total = now.get(territory.code);
    const last = before.get(territory.code);
    const shown = (t: TerritoryTotal | undefined) => (t && !t.suppressed ? t.value : null);
    const value = shown(total);
    const previousValue = shown(last);
    const communesWithValue = total?.covered.length ?? 0;
    return {
      territory,
      value,
      ...(value === null || !total ? { rate: null, populationYear: null } : rateOf(value, total.covered)),
      change: value !== null && previousValue !== null ? value - previousValue : null,
      suppressed: total?.suppressed ?? false,
      communesCount: territory.communeCodes.length,
      communesWithValue,
      partial: (total?.value ?? null) !== null && communesWithValue < territory.communeCodes.length,
    };
  });
}
