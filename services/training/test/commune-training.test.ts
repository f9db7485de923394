import { COMMUNES } from '@equality-graph/territory';
import { identity, readCounter, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { training } from '../src/service';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(training);
  const db = subgraph.dataSource!;
  await db.query(`INSERT INTO training_course (id, title, summary, duration_hours, modality, published)
    VALUES ('00000000-0000-4000-a000-000000000001', 'Anna', 'Kit', 7, 'in_person', true)`);
  // Clamart: two completed sessions, one cancelled, one scheduled.
  await db.query(`INSERT INTO training_session (id, course_id, commune_code, starts_at, ends_at, capacity, status) VALUES
    ('00000000-0000-4000-b000-000000000001', '00000000-0000-4000-a000-000000000001', '92023', '2024-03-01 09:00Z', '2024-03-01 17:00Z', 12, 'completed'),
    ('00000000-0000-4000-b000-000000000002', '00000000-0000-4000-a000-000000000001', '92023', '2024-05-01 09:00Z', '2024-05-01 17:00Z', 12, 'completed'),
    ('00000000-0000-4000-b000-000000000003', '00000000-0000-4000-a000-000000000001', '92023', '2024-06-01 09:00Z', '2024-06-01 17:00Z', 12, 'cancelled'),
    ('00000000-0000-4000-b000-000000000004', '00000000-0000-4000-a000-000000000001', '92023', '2030-06-01 09:00Z', '2030-06-01 17:00Z', 12, 'scheduled')`);
  // Three full attendances by two people (one came twice), one partial, one no-show, one booked for the future.
  await db.query(`INSERT INTO enrolment (id, session_id, account_id, display_name, sector, status, attendance) VALUES
    (gen_random_uuid(), '00000000-0000-4000-b000-000000000001', 'p1', 'P1', 'health', 'booked', 'full'),
    (gen_random_uuid(), '00000000-0000-4000-b000-000000000002', 'p1', 'P1', 'health', 'booked', 'full'),
    (gen_random_uuid(), '00000000-0000-4000-b000-000000000002', 'p2', 'P2', 'justice', 'booked', 'full'),
    (gen_random_uuid(), '00000000-0000-4000-b000-000000000002', 'p3', 'P3', 'justice', 'booked', 'partial'),
    (gen_random_uuid(), '00000000-0000-4000-b000-000000000001', 'p4', 'P4', 'education', 'booked', 'no_show'),
    (gen_random_uuid(), '00000000-0000-4000-b000-000000000004', 'p5', 'P5', 'education', 'booked', 'unknown')`);
});
afterAll(() => subgraph.stop());

const QUERY = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Commune { code training { sessionCount trainedCount } } } }';

test('held sessions and distinct people fully trained are counted per commune, 36 communes in one SQL statement', async () => {
  const before = await readCounter(subgraph.metricsUrl, 'db_statements_total');
  const { body } = await subgraph.query<{ _entities: { code: string; training: { sessionCount: number; trainedCount: number } }[] }>(
    QUERY,
    identity(null),
    { r: COMMUNES.map(({ code }) => ({ __typename: 'Commune', code })) },
  );
  expect(await readCounter(subgraph.metricsUrl, 'db_statements_total')).toBe(before + 1);
  expect(body.errors).toBeUndefined();
  expect(body.data!._entities.find((c) => c.code === '92023')!.training).toEqual({ sessionCount: 2, trainedCount: 2 });
  expect(body.data!._entities.find((c) => c.code === '92050')!.training).toEqual({ sessionCount: 0, trainedCount: 0 });
});

test('demo data seeds a fictitious catalogue with one mentor awareness course, once', async () => {
  const db = subgraph.dataSource!;
  await training.seedDemoData!(db, subgraph.logger);
  const count = async () => (await db.query('SELECT count(*)::int AS n FROM enrolment WHERE fictitious'))[0].n;
  const first = await count();
  await training.seedDemoData!(db, subgraph.logger);
  expect(await count()).toBe(first);
  expect(first).toBeGreaterThan(1000);
  const [courses] = await db.query(
    'SELECT count(*)::int AS n, count(*) FILTER (WHERE mentor_awareness)::int AS awareness FROM training_course WHERE fictitious',
  );
  expect(courses).toEqual({ n: 7, awareness: 1 });
});
