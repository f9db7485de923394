// The demo data (`SEED_DEMO_DATA`): fictitious, the same on every machine, idempotent.
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

test('demo mentors have accounts demo-mentor-1..240 in generation order, and capacities hold', async () => {
  const db = subgraph.dataSource!;
  const [accounts] = await db.query(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE account_id ~ '^demo-mentor-([1-9][0-9]?|1[0-9][0-9]|2[0-3][0-9]|240)$')::int AS named FROM mentor`,
  );
  expect(accounts).toEqual({ n: 240, named: 240 });
  const over = await db.query(
    `SELECT m.id FROM mentor m WHERE m.capacity < (SELECT count(*) FROM mentorship s WHERE s.mentor_id = m.id AND s.status = 'active')`,
  );
  expect(over).toEqual([]);
  const [activity] = await db.query(
    `SELECT (SELECT count(*) FROM mentoring_session)::int AS sessions, (SELECT count(*) FROM goal)::int AS goals,
            (SELECT count(*) FROM satisfaction_survey)::int AS surveys, (SELECT count(*) FROM inspiration_event)::int AS events,
            (SELECT bool_and(fictitious) FROM mentee) AS mentees_fictitious`,
  );
  expect(activity.sessions).toBeGreaterThan(500);
  expect(activity.goals).toBeGreaterThan(100);
  expect(activity.surveys).toBeGreaterThan(50);
  expect(activity.events).toBe(48);
  expect(activity.mentees_fictitious).toBe(true);
});
