import { startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { mentoring } from '../src/service';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(mentoring, { seedDemoData: true });
});
afterAll(() => subgraph.stop());

test('demo data is fictitious, spans the communes and every mentorship state, and seeding twice adds nothing', async () => {
  const db = subgraph.dataSource!;
  const count = async () =>
    (await db.query('SELECT (SELECT count(*) FROM mentor) + (SELECT count(*) FROM mentee) + (SELECT count(*) FROM mentorship) AS n'))[0].n;
  const first = await count();
  await mentoring.seedDemoData!(db, subgraph.logger);
  expect(await count()).toBe(first);
  const [flags] = await db.query(
    'SELECT bool_and(fictitious) AS all_fictitious, count(DISTINCT commune_code)::int AS communes FROM mentor',
  );
  expect(flags).toEqual({ all_fictitious: true, communes: expect.any(Number) });
  expect(flags.communes).toBeGreaterThan(25);
  const states = (await db.query('SELECT DISTINCT status FROM mentorship ORDER BY status')).map((r: { status: string }) => r.status);
  expect(states).toEqual(['active', 'completed', 'declined', 'ended', 'proposed']);
});
