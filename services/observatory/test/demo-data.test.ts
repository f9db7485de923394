// The demo seed of figures: coverage of every indicator, commune and year, and batched reads over it.
import { identity, readCounter, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { seedDemoObservations } from '../src/seed/demo-data';
import { observatory } from '../src/service';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(observatory, { seedDemoData: true });
});
afterAll(() => subgraph.stop());

const statements = () => readCounter(subgraph.metricsUrl, 'db_statements_total');

test("demo observations cover every indicator but training's at its finest level, every commune and 2019-2024, once", async () => {
  const db = subgraph.dataSource!;
  expect(await seedDemoObservations(db)).toBe(0);
  const [row] = await db.query(`SELECT count(*)::int AS n, count(DISTINCT indicator_code)::int AS indicators,
    count(DISTINCT commune_code)::int AS communes, min(period) AS first, max(period) AS last,
    bool_and(fictitious AND status = 'PUBLISHED' AND source = 'Données fictives de démonstration') AS labelled FROM observation`);
  // 2 commune-level indicators x 36 communes and 12 area-level ones: PROFESSIONNELS_FORMES is training's, read through the graph.
  expect(row).toEqual({ n: 6 * (2 * 36 + 12), indicators: 14, communes: 36, first: '2019', last: '2024', labelled: true });
  const small = await db.query(`SELECT DISTINCT value FROM observation WHERE commune_code IN ('92047', '92076')`);
  expect(small.every((r: { value: number }) => r.value >= 1 && r.value <= 5)).toBe(true);
});

test('a breakdown over 36 communes costs the same number of SQL statements for any period, and small communes are withheld', async () => {
  const query = (period: string) =>
    `{ indicatorBreakdown(indicator: "VIOLENCES_PHYSIQUES_INTRAFAMILIALES", period: "${period}") {
        indicator { label } communes { commune { code name population } value rate rank change suppressed } departmentTotal { value rate } } }`;
  const costs: number[] = [];
  for (const period of ['2020', '2023']) {
    const before = await statements();
    const { body } = await subgraph.query<{ indicatorBreakdown: { communes: { commune: { code: string }; suppressed: boolean }[] } }>(
      query(period),
      identity(null),
    );
    costs.push((await statements()) - before);
    const cells = body.data!.indicatorBreakdown.communes;
    expect(cells).toHaveLength(36);
    expect(cells.find((c) => c.commune.code === '92047')!.suppressed).toBe(true);
  }
  // indicator + communes + both periods' rows (the commune fields come from the same rows).
  expect(costs).toEqual([3, 3]);
});

test('36 communes x 6 years through Commune.observations cost one statement for the figures', async () => {
  const before = await statements();
  const { body } = await subgraph.query<{ communes: { observations: { value: number | null }[] }[] }>(
    '{ communes { code population observations(indicator: "VIOLENCES_SEXUELLES") { period value rate suppressed } } }',
    identity(null),
  );
  expect(body.data!.communes.flatMap((c) => c.observations)).toHaveLength(36 * 6);
  expect((await statements()) - before).toBe(2);
});
