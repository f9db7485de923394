/**
 * Disclosure control, pure (no database): which cells of one indicator x period group a
 * public reader may see. A group is every commune figure of that indicator and period plus
 * the department-level figure when there is one. The department total is always published
 * (the breakdown shows it: the department row, or the sum of the commune figures), so
 * secondary suppression always assumes a published total.
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
}

/** A count from 1 to the threshold is withheld; zero is published. */
export function isBelowThreshold(value: number | null, threshold: number): boolean {
  return value !== null && value >= 1 && value <= threshold;
}

export function discloseGroup(cells: readonly GroupCell[], threshold: number): GroupDisclosure {
  const communeCells = cells.filter((c) => c.communeCode !== null);
  const departmentCell = cells.find((c) => c.communeCode === null);
  const known = communeCells.filter((c) => c.value !== null);
  const total =
    departmentCell && departmentCell.value !== null
      ? departmentCell.value
      : known.length > 0
        ? known.reduce((sum, c) => sum + (c.value ?? 0), 0)
        : null;

  const suppressed = new Set(communeCells.filter((c) => isBelowThreshold(c.value, threshold)).map((c) => c.id));
  let totalSuppressed = isBelowThreshold(total, threshold);

  // One withheld cell next to a published total is the total minus the others: withhold the
  // smallest other non-zero cell too (two unknowns, one equation). With no such cell the
  // total itself must go.
  if (!totalSuppressed && total !== null && suppressed.size === 1 && communeCells.length > 1) {
    const candidate = communeCells
      .filter((c) => !suppressed.has(c.id) && c.value !== null && c.value > 0)
      .sort((a, b) => a.value! - b.value! || a.communeCode!.localeCompare(b.communeCode!))[0];
    if (candidate) suppressed.add(candidate.id);
    else totalSuppressed = true;
  }
  if (totalSuppressed && departmentCell) suppressed.add(departmentCell.id);
  return { suppressed, total, totalSuppressed };
}

/** Per 1,000 inhabitants, three decimals. */
export function ratePerThousand(value: number | null, population: number | null): number | null {
  if (value === null || !population) return null;
  return Math.round((value / population) * 1_000_000) / 1000;
}

/** Competition ranking (1, 2, 2, 4) by descending rate; cells without a rate get no rank. */
export function rankByRate<T extends { key: string; rate: number | null }>(cells: readonly T[]): Map<string, number> {
  const ranked = cells.filter((c) => c.rate !== null).sort((a, b) => b.rate! - a.rate!);
  const ranks = new Map<string, number>();
  ranked.forEach((cell, index) => {
    const previous = ranked[index - 1];
    ranks.set(cell.key, previous && previous.rate === cell.rate ? ranks.get(previous.key)! : index + 1);
  });
  return ranks;
}
