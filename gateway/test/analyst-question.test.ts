// The observatory's analyst question asked through the real graph: raw for analysts, suppressed
// and not recomputable for the public.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { narrowedCells, readCounter } from '@equality-graph/testing';
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';

/**
 * The observatory issue's question, in one query through the gateway: for 2023, per commune,
 * the rate of recorded intrafamily physical violence, with population and the professionals
 * trained there that year (training's Commune.training).
 */
const QUESTION = readFileSync(
  path.resolve(__dirname, '..', '..', 'schema', 'operations', 'DomesticViolenceRateAndTraining.graphql'),
  'utf8',
);
type Cell = {
  commune: { name: string; population: number; training: { trainedCount: number } };
  value: number | null;
  rate: number | null;
  populationYear: number | null;
  suppressed: boolean;
};
type Answer = { indicatorBreakdown: { period: string; communes: Cell[]; departmentTotal: { value: number | null } } };

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ seedDemoData: true });
});
afterAll(() => graph.stop());

test('an analyst gets every commune raw, with population and trainings, in one query', async () => {
  const before = await readCounter(graph.subgraphs.training.metricsUrl, 'db_statements_total');
  const { body } = await graph.query<Answer>(QUESTION, { role: 'ANALYST' });
  // One SELECT for the 36 communes' figures, one INSERT auditing the raw small counts the analyst saw.
  expect(await readCounter(graph.subgraphs.training.metricsUrl, 'db_statements_total')).toBe(before + 2);
  expect(body.errors).toBeUndefined();
  const cells = body.data!.indicatorBreakdown.communes;
  expect(cells).toHaveLength(36);
  expect(cells.every((c) => !c.suppressed && c.value !== null && c.commune.population > 0)).toBe(true);
  const nanterre = cells.find((c) => c.commune.name === 'Nanterre')!;
  // 2023 figures are divided by the 2023 vintage (INSEE populations légales 2023: Nanterre 97,783), and say so.
  expect(nanterre.populationYear).toBe(2023);
  expect(nanterre.rate).toBeCloseTo((nanterre.value! / 97_783) * 1000, 3);
  expect(cells.every((c) => c.populationYear === 2023)).toBe(true);
  expect(cells.reduce((n, c) => n + c.commune.training.trainedCount, 0)).toBeGreaterThan(0);
});

test("the public gets the analyst's answer with small counts suppressed and not recomputable", async () => {
  const analyst = (await graph.query<Answer>(QUESTION, { role: 'ANALYST' })).body.data!.indicatorBreakdown;
  const { body } = await graph.query<Answer>(QUESTION);
  expect(body.errors).toBeUndefined();
  const { communes, departmentTotal } = body.data!.indicatorBreakdown;
  const raw = new Map(analyst.communes.map((c) => [c.commune.name, c.value]));
  const hidden = communes.filter((c) => c.suppressed);
  expect(hidden.length).toBeGreaterThanOrEqual(2);
  expect(hidden.every((c) => c.value === null && c.rate === null)).toBe(true);
  // Every published cell and the total are the analyst's figures, so only suppression differs.
  for (const c of communes.filter((cell) => !cell.suppressed)) expect(c.value).toBe(raw.get(c.commune.name));
  if (departmentTotal.value !== null) expect(departmentTotal.value).toBe(analyst.departmentTotal.value);
  // A reader who knows the published cells, the total, the threshold and which hidden cells
  // are small still finds every hidden small count anywhere in 1..5.
  const group = {
    cells: communes.map((c) => ({ id: c.commune.name, value: raw.get(c.commune.name) ?? null, hidden: c.suppressed })),
    total: departmentTotal.value,
    unknownParts: 0,
  };
  expect(narrowedCells(group, 5)).toEqual([]);
});
