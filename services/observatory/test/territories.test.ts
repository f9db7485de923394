// The territories (EPT) level: reference data through the API, breakdown lines that sum their
// communes, and the demo data's three-level table (communes, territories, department) leaving no
// hidden small count narrowable for a reader who enumerates every sum.
import { identity, narrowedInTree, startTestSubgraph, type PublishedNode, type TestSubgraph } from '@equality-graph/testing';
import { DEMO_YEARS } from '../src/seed/demo-data';
import { observatory } from '../src/service';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(observatory, { seedDemoData: true });
});
afterAll(() => subgraph.stop());

const THRESHOLD = 5;
const COMMUNE_INDICATORS = ['VIOLENCES_PHYSIQUES_INTRAFAMILIALES', 'VIOLENCES_SEXUELLES'];

interface TerritoryView {
  code: string;
  name: string;
  partOfDepartmentOnly: boolean;
  note: string | null;
  communes: { code: string }[];
}

async function territories(): Promise<TerritoryView[]> {
  const { body } = await subgraph.query<{ territories: TerritoryView[] }>(
    '{ territories { code name partOfDepartmentOnly note communes { code } } }',
    identity(null),
  );
  expect(body.errors).toBeUndefined();
  return body.data!.territories;
}

interface Breakdown {
  communes: { commune: { code: string }; value: number | null; suppressed: boolean }[];
  territories: {
    territory: { code: string };
    value: number | null;
    rate: number | null;
    suppressed: boolean;
    communesCount: number;
    communesWithValue: number;
    partial: boolean;
  }[];
  departmentTotal: { value: number | null; suppressed: boolean };
}

async function breakdown(who: ReturnType<typeof identity>, indicator: string, period: string): Promise<Breakdown> {
  const { body } = await subgraph.query<{ indicatorBreakdown: Breakdown }>(
    `query ($i: ID!, $p: String!) { indicatorBreakdown(indicator: $i, period: $p) {
       communes { commune { code } value suppressed }
       territories { territory { code } value rate suppressed communesCount communesWithValue partial }
       departmentTotal { value suppressed } } }`,
    who,
    { i: indicator, p: period },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.indicatorBreakdown;
}

test('the four EPTs cover the 36 communes once each; Boucle Nord de Seine says its figure is its Hauts-de-Seine part', async () => {
  const list = await territories();
  expect(list.map((t) => t.name)).toEqual([
    'Boucle Nord de Seine',
    'Grand Paris Seine Ouest',
    'Paris Ouest La Défense',
    'Vallée Sud-Grand Paris',
  ]);
  const members = list.flatMap((t) => t.communes.map((c) => c.code));
  expect(new Set(members).size).toBe(36);
  expect(members).toHaveLength(36);
  const partial = list.filter((t) => t.partOfDepartmentOnly);
  expect(partial.map((t) => t.name)).toEqual(['Boucle Nord de Seine']);
  expect(partial[0].note).toContain('Argenteuil (95018)');
  expect(list.filter((t) => !t.partOfDepartmentOnly).every((t) => t.note === null)).toBe(true);
  const { body } = await subgraph.query<{ commune: { territory: { code: string } } }>(
    '{ commune(code: "92024") { territory { code } } }',
    identity(null),
  );
  expect(body.data!.commune.territory.code).toBe(partial[0].code);
});

test('a territory line is the sum of its communes, for every indicator and year (analyst view), and the public sees it or null', async () => {
  const list = await territories();
  for (const indicator of COMMUNE_INDICATORS) {
    for (const year of DEMO_YEARS.map(String)) {
      const raw = await breakdown(identity('ANALYST'), indicator, year);
      const seen = await breakdown(identity(null), indicator, year);
      const value = new Map(raw.communes.map((c) => [c.commune.code, c.value]));
      for (const territory of list) {
        const line = raw.territories.find((t) => t.territory.code === territory.code);
        const members = territory.communes.map((c) => value.get(c.code) ?? null);
        const known = members.filter((v): v is number => v !== null);
        expect(line).toMatchObject({
          value: known.reduce((sum, v) => sum + v, 0),
          suppressed: false,
          communesCount: territory.communes.length,
          communesWithValue: known.length,
          partial: known.length < territory.communes.length,
        });
        expect(line?.rate).toEqual(expect.any(Number));
        const publicLine = seen.territories.find((t) => t.territory.code === territory.code);
        expect(publicLine?.suppressed ? publicLine.value === null && publicLine.rate === null : publicLine?.value === line?.value).toBe(
          true,
        );
      }
      // The territories add up to the department total.
      expect(raw.territories.reduce((sum, t) => sum + (t.value ?? 0), 0)).toBe(raw.departmentTotal.value);
    }
  }
});

test('no hidden small count of the demo data can be narrowed with communes, territories and department published side by side', async () => {
  const list = await territories();
  let hiddenSmall = 0;
  let safeTerritoryOverHiddenCommune = 0;
  let territoriesWithheld = 0;
  for (const indicator of COMMUNE_INDICATORS) {
    for (const year of DEMO_YEARS.map(String)) {
      const raw = await breakdown(identity('ANALYST'), indicator, year);
      const seen = await breakdown(identity(null), indicator, year);
      const truth = new Map(raw.communes.map((c) => [c.commune.code, c.value]));
      const hidden = new Map(seen.communes.map((c) => [c.commune.code, c.suppressed]));
      const parts: PublishedNode[] = list.map((territory) => {
        const rawLine = raw.territories.find((t) => t.territory.code === territory.code);
        const seenLine = seen.territories.find((t) => t.territory.code === territory.code);
        if (seenLine?.suppressed) territoriesWithheld += 1;
        const cells: PublishedNode[] = territory.communes.map(({ code }) => ({
          kind: 'cell',
          id: code,
          value: truth.get(code) ?? null,
          hidden: hidden.get(code) ?? false,
        }));
        if (!seenLine?.suppressed && cells.some((c) => c.hidden)) safeTerritoryOverHiddenCommune += 1;
        return { kind: 'total', id: territory.code, value: rawLine?.value ?? 0, hidden: seenLine?.suppressed ?? false, parts: cells };
      });
      const root: PublishedNode = {
        kind: 'total',
        id: 'department',
        value: raw.departmentTotal.value ?? 0,
        hidden: seen.departmentTotal.suppressed,
        parts,
      };
      if (!seen.departmentTotal.suppressed) expect(seen.departmentTotal.value).toBe(raw.departmentTotal.value);
      expect({ indicator, year, narrowed: narrowedInTree(root, THRESHOLD) }).toEqual({ indicator, year, narrowed: [] });
      hiddenSmall += raw.communes.filter(
        (c) => hidden.get(c.commune.code) && c.value !== null && c.value >= 1 && c.value <= THRESHOLD,
      ).length;
    }
  }
  // Small communes are hidden in every group, so the check was not vacuous, and their territory's
  // figure is still published where that is safe: the point of the level.
  expect(hiddenSmall).toBe(COMMUNE_INDICATORS.length * DEMO_YEARS.length * 2);
  expect(safeTerritoryOverHiddenCommune).toBeGreaterThan(0);
  console.log(
    `demo data, three levels: ${hiddenSmall} small counts hidden, ${territoriesWithheld} territory totals withheld, ` +
      `${safeTerritoryOverHiddenCommune} territory totals published over a hidden commune, none narrowable`,
  );
});
