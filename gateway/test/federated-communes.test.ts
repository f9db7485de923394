// Commune fields joined across the three subgraphs through the real gateway, with their SQL cost
// and access rules.
import { readCounter } from '@equality-graph/testing';
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ seedDemoData: true });
});
afterAll(() => graph.stop());

const COMMUNES_QUERY = '{ communes { code name population mentoring { mentorCount } training { trainedCount } } }';

type Communes = {
  communes: { code: string; name: string; population: number; mentoring: { mentorCount: number }; training: { trainedCount: number } }[];
};

test('the communes query joins the three subgraphs, with one SQL statement per subgraph', async () => {
  const counters = Object.values(graph.subgraphs);
  const before = await Promise.all(counters.map((s) => readCounter(s.metricsUrl, 'db_statements_total')));
  const { status, body } = await graph.query<Communes>(COMMUNES_QUERY);
  const after = await Promise.all(counters.map((s) => readCounter(s.metricsUrl, 'db_statements_total')));
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  const communes = body.data!.communes;
  expect(communes).toHaveLength(36);
  expect(communes.map((c) => c.code)).toContain('92050');
  // The demo data spreads mentors and trained people over the department.
  expect(communes.reduce((n, c) => n + c.mentoring.mentorCount, 0)).toBeGreaterThan(100);
  expect(communes.reduce((n, c) => n + c.training.trainedCount, 0)).toBeGreaterThan(100);
  expect(after.map((n, i) => n - before[i])).toEqual([1, 1, 1]);
});

test('an anonymous reader is refused mentee counts, a coordinator gets them', async () => {
  const anonymous = await graph.query('{ commune(code: "92050") { name mentoring { menteeCount } } }');
  expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const mentee = await graph.query('{ commune(code: "92050") { name mentoring { menteeCount } } }', { role: 'MENTEE' });
  expect(mentee.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const coordinator = await graph.query<{ commune: { mentoring: { menteeCount: number } } }>(
    '{ commune(code: "92050") { name mentoring { menteeCount } } }',
    { role: 'COORDINATOR' },
  );
  expect(coordinator.body.errors).toBeUndefined();
  expect(coordinator.body.data!.commune.mentoring.menteeCount).toBeGreaterThanOrEqual(0);
});

test('me is null when anonymous and the verified account with a token', async () => {
  expect((await graph.query('{ me { id } }')).body.data).toEqual({ me: null });
  const { body } = await graph.query('{ me { id roles } }', { role: 'ANALYST', sub: 'analyst-7' });
  expect(body.data).toEqual({ me: { id: 'analyst-7', roles: ['ANALYST'] } });
});
