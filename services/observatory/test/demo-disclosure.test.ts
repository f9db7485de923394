// No hidden small count of the demo data can be narrowed from the public breakdown (the reader's
// knowledge checked by enumeration).
import { identity, narrowedCells, startTestSubgraph, type PublishedGroup, type TestSubgraph } from '@equality-graph/testing';
import { DEMO_YEARS } from '../src/seed/demo-data';
import { observatory } from '../src/service';
import { previousRule, published } from './support/reader-knowledge';

/**
 * The interval property on the demo data as the public reads it through the API: for every
 * commune indicator and year, a reader who knows the published cells, the published total,
 * the threshold and which hidden cells are small cannot narrow any hidden small count.
 */
let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(observatory, { seedDemoData: true });
});
afterAll(() => subgraph.stop());

const COMMUNE_INDICATORS = ['VIOLENCES_PHYSIQUES_INTRAFAMILIALES', 'VIOLENCES_SEXUELLES'];
const THRESHOLD = 5;

interface Breakdown {
  communes: { commune: { code: string }; value: number | null; suppressed: boolean }[];
  departmentTotal: { value: number | null; suppressed: boolean };
}

async function breakdown(who: ReturnType<typeof identity>, indicator: string, period: string): Promise<Breakdown> {
  const { body } = await subgraph.query<{ indicatorBreakdown: Breakdown }>(
    `query ($i: ID!, $p: String!) { indicatorBreakdown(indicator: $i, period: $p) {
       communes { commune { code } value suppressed } departmentTotal { value suppressed } } }`,
    who,
    { i: indicator, p: period },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.indicatorBreakdown;
}

test('no hidden small count of the demo data can be narrowed from the public breakdown, for any indicator and year', async () => {
  let hiddenSmall = 0;
  let withheld = 0;
  let totalsWithheld = 0;
  let narrowedBefore = 0;
  let withheldBefore = 0;
  for (const indicator of COMMUNE_INDICATORS) {
    for (const year of DEMO_YEARS.map(String)) {
      const raw = await breakdown(identity('ANALYST'), indicator, year);
      const seen = await breakdown(identity(null), indicator, year);
      const trueValue = new Map(raw.communes.map((c) => [c.commune.code, c.value]));
      // The public sees a value exactly where it is not suppressed, and it is the true one.
      for (const c of seen.communes) expect(c.suppressed ? c.value === null : c.value === trueValue.get(c.commune.code)).toBe(true);
      const group: PublishedGroup = {
        cells: seen.communes.map((c) => ({ id: c.commune.code, value: trueValue.get(c.commune.code) ?? null, hidden: c.suppressed })),
        total: seen.departmentTotal.value,
        unknownParts: 0,
      };
      if (group.total !== null) expect(group.total).toBe(raw.departmentTotal.value);
      expect({ indicator, year, narrowed: narrowedCells(group, THRESHOLD) }).toEqual({ indicator, year, narrowed: [] });
      hiddenSmall += group.cells.filter((c) => c.hidden && c.value !== null && c.value >= 1 && c.value <= THRESHOLD).length;
      withheld += group.cells.filter((c) => c.hidden).length;
      if (seen.departmentTotal.suppressed) totalsWithheld += 1;
      // The same group under the rule this replaces, as the attack found it.
      const cells = raw.communes.map((c) => ({ id: c.commune.code, communeCode: c.commune.code, value: c.value }));
      const before = previousRule(cells, THRESHOLD);
      narrowedBefore += narrowedCells(published(cells, before), THRESHOLD).length;
      withheldBefore += before.suppressed.size;
    }
  }
  // Small communes exist in every demo group, so the check above was not vacuous.
  expect(hiddenSmall).toBe(COMMUNE_INDICATORS.length * DEMO_YEARS.length * 2);
  expect(narrowedBefore).toBeGreaterThan(0);
  console.log(
    `demo data: ${hiddenSmall} small counts hidden; previous rule: ${withheldBefore} cells withheld, ${narrowedBefore} small counts narrowable; ` +
      `interval protection: ${withheld} cells withheld, ${totalsWithheld} totals withheld, none narrowable`,
  );
});
