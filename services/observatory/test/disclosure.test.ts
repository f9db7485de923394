import { discloseGroup, rankByRate, ratePerThousand } from '../src/data/disclosure';

const cell = (communeCode: string | null, value: number | null) => ({ id: communeCode ?? 'dept', communeCode, value });

describe('disclosure control (pure)', () => {
  test('a count from 1 to the threshold is withheld; zero and counts above are published', () => {
    const { suppressed } = discloseGroup([cell('a', 0), cell('b', 1), cell('c', 5), cell('d', 6), cell('e', 40), cell('f', 50)], 5);
    expect([...suppressed].sort()).toEqual(['b', 'c']);
  });

  test('a single withheld cell next to the total takes the smallest other non-zero cell with it', () => {
    const result = discloseGroup([cell('a', 0), cell('b', 3), cell('c', 9), cell('d', 7), cell('e', 40)], 5);
    expect([...result.suppressed].sort()).toEqual(['b', 'd']);
    expect(result).toMatchObject({ total: 59, totalSuppressed: false });
  });

  test('the threshold is configurable', () => {
    expect([...discloseGroup([cell('a', 9), cell('b', 10), cell('c', 11), cell('d', 30)], 10).suppressed].sort()).toEqual(['a', 'b']);
  });

  test('a department-level row is the total: a single withheld commune still needs a second one', () => {
    const result = discloseGroup([cell(null, 100), cell('a', 2), cell('b', 48), cell('c', 50)], 5);
    expect([...result.suppressed].sort()).toEqual(['a', 'b']);
    expect(result.total).toBe(100);
  });

  test('when every other cell is zero, the total is withheld instead', () => {
    const result = discloseGroup([cell(null, 12), cell('a', 4), cell('b', 0)], 5);
    expect(result.totalSuppressed).toBe(true);
    expect([...result.suppressed].sort()).toEqual(['a', 'dept']);
  });

  test('a small department-level figure is withheld by itself', () => {
    const result = discloseGroup([cell(null, 2)], 5);
    expect(result).toMatchObject({ total: 2, totalSuppressed: true });
    expect([...result.suppressed]).toEqual(['dept']);
  });

  test('two withheld cells need no secondary suppression; not-disseminated cells are not counted', () => {
    expect([...discloseGroup([cell('a', 2), cell('b', 3), cell('c', 9), cell('d', null)], 5).suppressed].sort()).toEqual(['a', 'b']);
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
