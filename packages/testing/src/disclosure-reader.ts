/**
 * An attacker's view of one published group, computed by enumeration rather than by the
 * interval arithmetic the observatory uses, so that disclosure tests (the observatory's and the
 * gateway's) check the service against an independent reading of the rule (DESIGN 8.4).
 */
export interface PublishedGroup {
  /** Every commune cell: its true value, and whether the public sees it. */
  cells: { id: string; value: number | null; hidden: boolean }[];
  /** The published total (sum of the cells plus `unknownParts`), or null when withheld. */
  total: number | null;
  /** Communes the source did not disseminate, inside a published department total. */
  unknownParts: number;
}

/**
 * The values each hidden small cell can still take for a reader who knows the published
 * cells and total, the threshold, and which hidden cells are small (the others are above it).
 */
export function feasibleValues(group: PublishedGroup, threshold: number): Map<string, Set<number>> {
  const hidden = group.cells.filter((c) => c.hidden);
  const result = new Map<string, Set<number>>();
  const small = (v: number | null) => v !== null && v >= 1 && v <= threshold;
  for (const target of hidden.filter((c) => small(c.value))) {
    if (group.total === null) {
      result.set(target.id, new Set(range(1, threshold)));
      continue;
    }
    const published = group.cells.filter((c) => !c.hidden).reduce((sum, c) => sum + (c.value ?? 0), 0);
    const residual = group.total - published;
    // Subset-sum reachability of the other hidden cells, each over its own domain.
    let reachable = new Set([0]);
    const unknowns = Array.from({ length: group.unknownParts }, () => null);
    for (const other of [...hidden.filter((c) => c !== target), ...unknowns]) {
      // A commune the source did not disseminate can be anything from zero.
      const values = other === null ? range(0, residual) : small(other.value) ? range(1, threshold) : range(threshold + 1, residual);
      const next = new Set<number>();
      for (const sum of reachable) for (const v of values) if (sum + v <= residual) next.add(sum + v);
      reachable = next;
    }
    result.set(target.id, new Set(range(1, threshold).filter((v) => reachable.has(residual - v))));
  }
  return result;
}

/** Hidden small cells the reader can narrow below the full 1..threshold interval. */
export function narrowedCells(group: PublishedGroup, threshold: number): string[] {
  return [...feasibleValues(group, threshold)].filter(([, values]) => values.size < threshold).map(([id]) => id);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
