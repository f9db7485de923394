import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCounter } from '@equality-graph/testing';
import { startTestGraph, type TestGraph } from './graph';

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
  expect(await readCounter(graph.subgraphs.training.metricsUrl, 'db_statements_total')).toBe(before + 1);
  expect(body.errors).toBeUndefined();
  const cells = body.data!.indicatorBreakdown.communes;
  expect(cells).toHaveLength(36);
  expect(cells.every((c) => !c.suppressed && c.value !== null && c.commune.population > 0)).toBe(true);
  const nanterre = cells.find((c) => c.commune.name === 'Nanterre')!;
  expect(nanterre.rate).toBeCloseTo((nanterre.value! / nanterre.commune.population) * 1000, 2);
  expect(cells.reduce((n, c) => n + c.commune.training.trainedCount, 0)).toBeGreaterThan(0);
});

test('the public gets the same answer with small counts suppressed and not recomputable', async () => {
  const { body } = await graph.query<Answer>(QUESTION);
  expect(body.errors).toBeUndefined();
  const { communes, departmentTotal } = body.data!.indicatorBreakdown;
  const hidden = communes.filter((c) => c.suppressed);
  expect(hidden.length).toBeGreaterThanOrEqual(2);
  expect(hidden.every((c) => c.value === null && c.rate === null)).toBe(true);
  // With a published total, a single hidden cell could be recomputed: never exactly one.
  expect(departmentTotal.value === null || hidden.length !== 1).toBe(true);
});
