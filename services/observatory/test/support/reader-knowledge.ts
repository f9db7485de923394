// The rule the interval protection replaced, kept so the disclosure tests can show their check failing.
import type { PublishedGroup } from '@equality-graph/testing';
import type { GroupCell } from '../../src/data/disclosure';

/** The rule before interval protection: one secondary cell, only when exactly one was hidden. */
export function previousRule(cells: readonly GroupCell[], threshold: number): { suppressed: Set<string>; totalSuppressed: boolean } {
  const communes = cells.filter((c) => c.communeCode !== null);
  const total = communes.reduce((sum, c) => sum + (c.value ?? 0), 0);
  const small = (v: number | null) => v !== null && v >= 1 && v <= threshold;
  const suppressed = new Set(communes.filter((c) => small(c.value)).map((c) => c.id));
  let totalSuppressed = small(total);
  if (!totalSuppressed && suppressed.size === 1 && communes.length > 1) {
    const candidate = communes
      .filter((c) => !suppressed.has(c.id) && c.value !== null && c.value > 0)
      .sort((a, b) => (a.value ?? 0) - (b.value ?? 0) || a.id.localeCompare(b.id))[0];
    if (candidate) suppressed.add(candidate.id);
    else totalSuppressed = true;
  }
  return { suppressed, totalSuppressed };
}

/** What the public sees of a commune-only group under a rule's decision. */
export function published(cells: readonly GroupCell[], decision: { suppressed: Set<string>; totalSuppressed: boolean }): PublishedGroup {
  const communes = cells.filter((c) => c.communeCode !== null && c.value !== null);
  return {
    cells: communes.map((c) => ({ id: c.id, value: c.value, hidden: decision.suppressed.has(c.id) })),
    total: decision.totalSuppressed ? null : communes.reduce((sum, c) => sum + (c.value ?? 0), 0),
    unknownParts: 0,
  };
}

