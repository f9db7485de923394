// The department's training figure under the disclosure rule: a small count is withheld, and so
// is a total that would let a reader work out a commune's withheld count from the published ones.
import type { CommuneFiguresByYear, RawFigures } from '../src/data/commune-stats';
import { discloseDepartmentYear } from '../src/data/department-training';
import type { Sector } from '../src/data/entities';

const YEAR = 2024;
const publicReader = { raw: false, threshold: 5 };

/** A commune whose only training is `people` in one sector in YEAR. */
function commune(code: string, people: number, sector: Sector = 'health'): CommuneFiguresByYear {
  const group = (): RawFigures => ({ sessionCount: 1, trainedCount: people, bySector: new Map([[sector, people]]) });
  return { communeCode: code, years: new Map([[YEAR, group()]]), allYears: group() };
}
const totals = (trainedCount: number) => ({ year: YEAR, sessionCount: 3, trainedCount });

test('a department count from 1 to the threshold is withheld from the public, not from an analyst', () => {
  const communes = [commune('92050', 3)];
  expect(discloseDepartmentYear(totals(3), communes, publicReader)).toMatchObject({ trainedCount: null, suppressed: true });
  expect(discloseDepartmentYear(totals(3), communes, { raw: true, threshold: 5 })).toMatchObject({ trainedCount: 3, suppressed: false });
});

test('a total that would give back the one withheld commune count is withheld', () => {
  // Sceaux's 3 is withheld by training's commune rule; Nanterre 40 and Colombes 9 are public:
  // publishing 52 would give Sceaux = 52 - 40 - 9 = 3.
  const communes = [commune('92050', 40), commune('92025', 9), commune('92071', 3)];
  expect(discloseDepartmentYear(totals(52), communes, publicReader)).toMatchObject({ trainedCount: null, suppressed: true });
});

test('a total over communes whose counts are all public is published', () => {
  const communes = [commune('92050', 40), commune('92025', 9), commune('92071', 12)];
  expect(discloseDepartmentYear(totals(61), communes, publicReader)).toEqual({
    year: YEAR,
    sessionCount: 3,
    trainedCount: 61,
    suppressed: false,
  });
});

test('a person trained in two communes counts once in the total (a union), which still protects a withheld count', () => {
  // 40 + 3 = 43 people in the communes' counts, 42 distinct: the reader knows only 40 <= total <= 43,
  // so with Nanterre's 40 public, Sceaux's withheld count is at least 2: narrowed, so withheld.
  const communes = [commune('92050', 40), commune('92071', 3)];
  expect(discloseDepartmentYear(totals(42), communes, publicReader)).toMatchObject({ trainedCount: null, suppressed: true });
});
