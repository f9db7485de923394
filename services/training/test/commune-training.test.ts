// Per-commune training figures on the shared Commune entity: values, statement counts, and who sees what.
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
  // Raw figures (these counts are below the public threshold): one SELECT, plus one audit INSERT for the raw small ones.
  const before = await readCounter(subgraph.metricsUrl, 'db_statements_total');
  const { body } = await subgraph.query<{ _entities: { code: string; training: { sessionCount: number; trainedCount: number } }[] }>(
    QUERY,
    identity('ANALYST'),
    { r: COMMUNES.map(({ code }) => ({ __typename: 'Commune', code })) },
  );
  expect(await readCounter(subgraph.metricsUrl, 'db_statements_total')).toBe(before + 2);
  const anonymousBefore = await readCounter(subgraph.metricsUrl, 'db_statements_total');
  await subgraph.query(QUERY, identity(null), { r: COMMUNES.map(({ code }) => ({ __typename: 'Commune', code })) });
  expect(await readCounter(subgraph.metricsUrl, 'db_statements_total')).toBe(anonymousBefore + 1);
  expect(body.errors).toBeUndefined();
  expect(body.data!._entities.find((c) => c.code === '92023')!.training).toEqual({ sessionCount: 2, trainedCount: 2 });
  expect(body.data!._entities.find((c) => c.code === '92050')!.training).toEqual({ sessionCount: 0, trainedCount: 0 });
});

test('training(year) restricts the figures to sessions started that year, still one statement for 36 communes', async () => {
  const db = subgraph.dataSource!;
  await db.query(`INSERT INTO training_session (id, course_id, commune_code, starts_at, ends_at, capacity, status) VALUES
    ('00000000-0000-4000-b000-000000000005', '00000000-0000-4000-a000-000000000001', '92023', '2023-03-01 09:00Z', '2023-03-01 17:00Z', 12, 'completed')`);
  await db.query(`INSERT INTO enrolment (id, session_id, account_id, display_name, sector, status, attendance) VALUES
    (gen_random_uuid(), '00000000-0000-4000-b000-000000000005', 'p1', 'P1', 'health', 'booked', 'full'),
    (gen_random_uuid(), '00000000-0000-4000-b000-000000000005', 'p9', 'P9', 'police_gendarmerie', 'booked', 'full')`);
  const BY_YEAR = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Commune { code
    y2023: training(year: 2023) { sessionCount trainedCount bySector { sector trainedCount } }
    all: training { sessionCount trainedCount bySector { sector trainedCount } } } } }`;
  type Figures = { sessionCount: number; trainedCount: number; bySector: { sector: string; trainedCount: number }[] };
  const before = await readCounter(subgraph.metricsUrl, 'db_statements_total');
  const { body } = await subgraph.query<{ _entities: { code: string; y2023: Figures; all: Figures }[] }>(BY_YEAR, identity('ANALYST'), {
    r: COMMUNES.map(({ code }) => ({ __typename: 'Commune', code })),
  });
  // One SELECT for both keys of 36 communes, one audit INSERT for the raw small figures.
  expect(await readCounter(subgraph.metricsUrl, 'db_statements_total')).toBe(before + 2);
  const clamart = body.data!._entities.find((c) => c.code === '92023')!;
  expect(clamart.y2023).toEqual({
    sessionCount: 1,
    trainedCount: 2,
    bySector: [
      { sector: 'HEALTH', trainedCount: 1 },
      { sector: 'POLICE_GENDARMERIE', trainedCount: 1 },
    ],
  });
  expect(clamart.all).toEqual({
    sessionCount: 3,
    trainedCount: 3,
    bySector: [
      { sector: 'HEALTH', trainedCount: 1 },
      { sector: 'JUSTICE', trainedCount: 1 },
      { sector: 'POLICE_GENDARMERIE', trainedCount: 1 },
    ],
  });
  const stats = await subgraph.query<{
    trainingStats: { sessionCount: number; trainedCount: number; byCommune: { commune: { code: string }; trainedCount: number }[] };
  }>('{ trainingStats(year: 2023) { sessionCount trainedCount byCommune { commune { code } trainedCount } } }', identity('ANALYST'));
  expect(stats.body.data!.trainingStats).toMatchObject({ sessionCount: 1, trainedCount: 2 });
  expect(stats.body.data!.trainingStats.byCommune).toHaveLength(36);
  expect(stats.body.data!.trainingStats.byCommune.find((c) => c.commune.code === '92023')!.trainedCount).toBe(2);
  const bad = await subgraph.query(
    '{ _entities(representations: [{ __typename: "Commune", code: "92023" }]) { ... on Commune { training(year: 1900) { sessionCount } } } }',
    identity(null),
  );
  expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
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
  // Every full attendance has its certificate; about 60% of the 240 demo mentors hold the awareness one.
  const [full] = await db.query(`SELECT count(*)::int AS n FROM enrolment e LEFT JOIN certificate c ON c.enrolment_id = e.id
    WHERE e.fictitious AND e.attendance = 'full' AND c.id IS NULL`);
  expect(full.n).toBe(0);
  const [mentors] =
    await db.query(`SELECT count(DISTINCT c.account_id)::int AS n FROM certificate c JOIN training_course k ON k.id = c.course_id
    WHERE k.mentor_awareness AND c.account_id ~ '^demo-mentor-([1-9]|[1-9][0-9]|1[0-9][0-9]|2[0-3][0-9]|240)$'`);
  expect(mentors.n).toBeGreaterThan(120);
  expect(mentors.n).toBeLessThan(170);
  const [actions] = await db.query('SELECT count(*)::int AS n FROM awareness_action WHERE fictitious');
  expect(actions.n).toBeGreaterThan(100);
});
