// Disclosure control of one group, unit-tested: primary and secondary suppression, totals,
// rates and ranks, with property tests that can fail against the previous rule.
import fc from 'fast-check';
import { protectTable, type TableNode } from '@equality-graph/service-kit';
import { narrowedCells } from '@equality-graph/testing';
import { discloseGroup, rankByRate, ratePerThousand } from '../src/data/disclosure';
import { previousRule, published } from './support/reader-knowledge';

const cell = (communeCode: string | null, value: number | null) => ({ id: communeCode ?? 'dept', communeCode, value });

/** Random groups: zeros, small counts and larger ones, as commune tables tend to be. */
const groups = fc
  .record({
    threshold: fc.integer({ min: 1, max: 6 }),
    values: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 7, max: 40 })), { minLength: 1, maxLength: 7 }),
  })
  .map(({ threshold, values }) => ({ threshold, cells: values.map((value, i) => cell(`c${i}`, value)) }));

describe('disclosure control (pure)', () => {
  test('a count from 1 to the threshold is withheld; zero and counts above are published', () => {
    const { suppressed } = discloseGroup([cell('a', 0), cell('b', 1), cell('c', 5), cell('d', 6), cell('e', 40), cell('f', 50)], 5);
    expect([...suppressed]).toEqual(expect.arrayContaining(['b', 'c']));
    expect(suppressed.has('a')).toBe(false);
  });

  test('one secondary cell that suffices is the only one taken, and it is the smallest that suffices', () => {
    // Sceaux-like 3 beside 7, 9 and 40: 7 hidden would leave 3 + x = 10 with x >= 6, so the
    // reader knows the cell is at most 4; 9 leaves it anywhere in 1..5, and 9 alone is enough.
    const result = discloseGroup([cell('a', 0), cell('b', 3), cell('c', 9), cell('d', 7), cell('e', 40)], 5);
    expect([...result.suppressed].sort()).toEqual(['b', 'c']);
    expect(result).toMatchObject({ total: 59, totalSuppressed: false });
  });

  test('two hidden cells of 1 beside a published total are protected, not left recomputable', () => {
    const cells = [cell('a', 1), cell('b', 1), cell('c', 30), cell('d', 60), cell('e', 2000)];
    expect(narrowedCells(published(cells, previousRule(cells, 5)), 5).sort()).toEqual(['a', 'b']);
    const result = discloseGroup(cells, 5);
    expect(narrowedCells(published(cells, result), 5)).toEqual([]);
    expect(result.totalSuppressed).toBe(false);
  });

  test('hidden cells pinned to {4, 5} get the doubt they need', () => {
    const cells = [cell('a', 4), cell('b', 5), cell('c', 12), cell('d', 90)];
    const result = discloseGroup(cells, 5);
    expect(narrowedCells(published(cells, result), 5)).toEqual([]);
  });

  test('the threshold is configurable', () => {
    const result = discloseGroup([cell('a', 9), cell('b', 10), cell('c', 11), cell('d', 30)], 10);
    expect(result.suppressed.has('a') && result.suppressed.has('b')).toBe(true);
    expect(result.suppressed.has('c') || result.suppressed.has('d') || result.totalSuppressed).toBe(true);
  });

  test('a department-level row is the total: a single withheld commune still needs a second one', () => {
    const result = discloseGroup([cell(null, 100), cell('a', 2), cell('b', 48), cell('c', 50)], 5);
    expect([...result.suppressed].sort()).toEqual(['a', 'b']);
    expect(result.total).toBe(100);
  });

  test('when no cell can give enough doubt, the total is withheld instead and no cell goes with it', () => {
    // 6 hidden beside 4 would read 4 + x = 10 with x >= 6: the 4 would be known to be 4.
    const result = discloseGroup([cell(null, 10), cell('a', 4), cell('b', 0), cell('c', 6)], 5);
    expect(result.totalSuppressed).toBe(true);
    expect([...result.suppressed].sort()).toEqual(['a', 'dept']);
  });

  test('a small department-level figure is withheld by itself', () => {
    const result = discloseGroup([cell(null, 2)], 5);
    expect(result).toMatchObject({ total: 2, totalSuppressed: true });
    expect([...result.suppressed]).toEqual(['dept']);
  });

  test('communes the source did not disseminate inside a department row leave the reader in doubt', () => {
    const result = discloseGroup([cell(null, 200), cell('a', 2), cell('b', 50), cell('c', 50), cell('d', null)], 5);
    expect([...result.suppressed]).toEqual(['a']);
    // ...but only as much doubt as they can hold: 103 leaves the unknown commune and the small
    // one 3 between them, so a second cell is withheld.
    const tight = discloseGroup([cell(null, 103), cell('a', 2), cell('b', 50), cell('c', 50), cell('d', null)], 5);
    expect([...tight.suppressed].sort()).toEqual(['a', 'b']);
  });

  test('the interval property holds on random tables and thresholds (checked by enumeration)', () => {
    fc.assert(
      fc.property(groups, ({ threshold, cells }) => {
        const result = discloseGroup(cells, threshold);
        expect(narrowedCells(published(cells, result), threshold)).toEqual([]);
        // Secondary cells are never zeros (a hidden zero known not to be small is known to be zero).
        for (const c of cells) if (result.suppressed.has(c.id) && c.value !== null && c.value > threshold) expect(c.value).toBeGreaterThan(0);
        // Nothing is hidden where nothing is small.
        if (!cells.some((c) => c.value !== null && c.value >= 1 && c.value <= threshold)) expect(result.suppressed.size).toBe(0);
      }),
      { numRuns: 2000, seed: 92 },
    );
  });

  test('the same property fails against the previous rule (the checker can fail)', () => {
    const failure = fc.check(
      fc.property(groups, ({ threshold, cells }) => narrowedCells(published(cells, previousRule(cells, threshold)), threshold).length === 0),
      { numRuns: 2000, seed: 92 },
    );
    expect(failure.failed).toBe(true);
  });

  test('on a three-level table (communes, territories, department) a territory total is protected too', () => {
    const commune = (id: string, value: number): TableNode => ({ kind: 'cell', id, value });
    const territory = (id: string, parts: TableNode[]): TableNode => ({
      kind: 'total',
      id,
      value: parts.reduce((s, p) => s + (p.value ?? 0), 0),
      parts,
    });
    const t1 = territory('T1', [commune('a', 2), commune('b', 30), commune('c', 31)]);
    const t2 = territory('T2', [commune('d', 40), commune('e', 1), commune('f', 1)]);
    const table: TableNode = { kind: 'total', id: 'dept', value: (t1.value ?? 0) + (t2.value ?? 0), parts: [t1, t2] };
    const { primary, secondary, withheldTotals } = protectTable(table, 5);
    expect([...primary].sort()).toEqual(['a', 'e', 'f']);
    // Each territory's small cells find their doubt inside their own territory.
    expect([...secondary].every((id) => ['b', 'c', 'd'].includes(id))).toBe(true);
    expect(withheldTotals.size + secondary.size).toBeGreaterThan(0);
  });

  test('rates are per 1,000 inhabitants and ranks skip cells without a rate', () => {
    expect(ratePerThousand(50, 98119)).toBe(0.51);
    expect(ratePerThousand(null, 100)).toBeNull();
    const ranks = rankByRate([
      { key: 'a', rate: 2 },
      { key: 'b', rate: null },
      { key: 'c', rate: 3 },
      { key: 'd', rate: 2 },
      { key: 'e', rate: 1 },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ c: 1, a: 2, d: 2, e: 4 });
  });
});
