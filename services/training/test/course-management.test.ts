// Coordinators managing the catalogue: creating, changing, publishing and unpublishing courses,
// the checks on each field, and who sees an unpublished course.
import { identity, startTestSubgraph, type TestSubgraph, errorCode as codeOf } from '@equality-graph/testing';
import type { Role } from '@equality-graph/auth';
import { training } from '../src/service';
import { ENROL, insertCourse, insertSession } from './fixtures';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(training);
});
afterAll(() => subgraph.stop());

type Result = { status: number; body: { data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] } };
const CREATE = `mutation ($input: TrainingCourseInput!) {
  createTrainingCourse(input: $input) { id title summary objectives targetSectors topics durationHours modality published } }`;
const UPDATE =
  'mutation ($id: ID!, $input: TrainingCourseUpdateInput!) { updateTrainingCourse(id: $id, input: $input) { id title durationHours modality topics } }';
const PUBLISH = 'mutation ($id: ID!) { publishTrainingCourse(id: $id) { id published } }';
const UNPUBLISH = 'mutation ($id: ID!) { unpublishTrainingCourse(id: $id) { id published } }';
const COURSE = 'query ($id: ID!) { trainingCourse(id: $id) { id title published } }';
const SESSION = 'query ($id: ID!) { trainingSession(id: $id) { id status } }';
const COURSES = 'query ($filter: TrainingCourseFilter) { trainingCourses(filter: $filter, first: 100) { edges { node { id } } } }';
const SESSIONS = 'query ($filter: TrainingSessionFilter) { trainingSessions(filter: $filter, first: 100) { edges { node { id } } } }';
const valid = {
  title: '  Accueillir la parole des victimes  ',
  summary: 'Repérer, accueillir, orienter.',
  objectives: ['Repérer les signaux', 'Orienter'],
  targetSectors: ['HEALTH', 'SOCIAL_WORK', 'HEALTH'],
  topics: ['emprise'],
  durationHours: 6.54,
  modality: 'HYBRID',
};
const courseCount = async () => (await subgraph.dataSource!.query('SELECT count(*)::int AS n FROM training_course'))[0].n as number;

test('coordinators and admins create courses, unpublished until published; the fields are normalised and audited', async () => {
  for (const role of ['COORDINATOR', 'ADMIN'] as const) {
    const r = await subgraph.query<{ createTrainingCourse: Record<string, unknown> }>(CREATE, identity(role), { input: valid });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.createTrainingCourse).toMatchObject({
      title: 'Accueillir la parole des victimes',
      objectives: ['Repérer les signaux', 'Orienter'],
      targetSectors: ['HEALTH', 'SOCIAL_WORK'],
      durationHours: 6.5,
      modality: 'HYBRID',
      published: false,
    });
    const id = r.body.data!.createTrainingCourse.id as string;
    const [row] = await subgraph.dataSource!.query('SELECT duration_hours, published FROM training_course WHERE id = $1', [id]);
    expect(row).toEqual({ duration_hours: '6.5', published: false });
    const [audit] = await subgraph.dataSource!.query(
      `SELECT actor_roles FROM audit_log WHERE action = 'course.create' AND subject_id = $1`,
      [id],
    );
    expect(audit.actor_roles).toEqual([role]);
  }
});

test('every other role is refused every course mutation, and nothing is written', async () => {
  const id = await insertCourse(subgraph.dataSource!, { title: 'Intacte', published: false });
  const before = await courseCount();
  const refused: [Role | null, string][] = [
    [null, 'UNAUTHENTICATED'],
    ['PROFESSIONAL', 'FORBIDDEN'],
    ['MENTOR', 'FORBIDDEN'],
    ['MENTEE', 'FORBIDDEN'],
    ['TRAINER', 'FORBIDDEN'],
    ['ANALYST', 'FORBIDDEN'],
  ];
  for (const [role, code] of refused) {
    expect(codeOf(await subgraph.query(CREATE, identity(role), { input: valid }))).toBe(code);
    expect(codeOf(await subgraph.query(UPDATE, identity(role), { id, input: { title: 'Changée' } }))).toBe(code);
    expect(codeOf(await subgraph.query(PUBLISH, identity(role), { id }))).toBe(code);
    expect(codeOf(await subgraph.query(UNPUBLISH, identity(role), { id }))).toBe(code);
  }
  expect(await courseCount()).toBe(before);
  const [row] = await subgraph.dataSource!.query('SELECT title, published FROM training_course WHERE id = $1', [id]);
  expect(row).toEqual({ title: 'Intacte', published: false });
});

test('bad input is BAD_USER_INPUT (empty title, duration out of (0, 200], unknown sector or modality) and writes nothing', async () => {
  const coordinator = identity('COORDINATOR');
  const before = await courseCount();
  const bad = [
    { title: '   ' },
    { durationHours: 0 },
    { durationHours: -3 },
    { durationHours: 200.5 },
    { durationHours: 0.04 }, // rounds to 0.0
    { targetSectors: [] },
    { targetSectors: ['ARMY'] },
    { modality: 'CARRIER_PIGEON' },
    { objectives: ['ok', ' '] },
    { topics: Array.from({ length: 21 }, (_, i) => `t${i}`) },
  ];
  for (const change of bad) {
    const r = await subgraph.query(CREATE, coordinator, { input: { ...valid, ...change } });
    expect([JSON.stringify(change), codeOf(r)]).toEqual([JSON.stringify(change), 'BAD_USER_INPUT']);
  }
  expect(await courseCount()).toBe(before);
  const ok = await subgraph.query(CREATE, coordinator, { input: { ...valid, durationHours: 200 } });
  expect(ok.body.errors).toBeUndefined();

  const id = await insertCourse(subgraph.dataSource!, { title: 'Stable' });
  for (const change of [...bad, { title: null }, { durationHours: null }]) {
    const r = await subgraph.query(UPDATE, coordinator, { id, input: change });
    expect([JSON.stringify(change), codeOf(r)]).toEqual([JSON.stringify(change), 'BAD_USER_INPUT']);
  }
  const [row] = await subgraph.dataSource!.query('SELECT title, duration_hours FROM training_course WHERE id = $1', [id]);
  expect(row).toEqual({ title: 'Stable', duration_hours: '3.0' });
});

test('updates change only the fields given; unknown ids are NOT_FOUND', async () => {
  const coordinator = identity('COORDINATOR');
  const id = await insertCourse(subgraph.dataSource!, { title: 'Avant', topics: ['a'] });
  const r = await subgraph.query(UPDATE, coordinator, { id, input: { title: 'Après', durationHours: 12 } });
  expect(r.body.data).toEqual({ updateTrainingCourse: { id, title: 'Après', durationHours: 12, modality: 'IN_PERSON', topics: ['a'] } });
  for (const unknown of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
    expect(codeOf(await subgraph.query(UPDATE, coordinator, { id: unknown, input: { title: 'X' } }))).toBe('NOT_FOUND');
    expect(codeOf(await subgraph.query(PUBLISH, coordinator, { id: unknown }))).toBe('NOT_FOUND');
    expect(codeOf(await subgraph.query(UNPUBLISH, coordinator, { id: unknown }))).toBe('NOT_FOUND');
  }
});

test('an unpublished course and its sessions are invisible to the public, on every path, until published', async () => {
  const db = subgraph.dataSource!;
  const created = await subgraph.query<{ createTrainingCourse: { id: string } }>(CREATE, identity('COORDINATOR'), { input: valid });
  const courseId = created.body.data!.createTrainingCourse.id;
  const sessionId = await insertSession(db, courseId, { commune: '92004' });
  const ids = (r: Result, field: string) => (r.body.data![field] as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);
  const entities = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on TrainingCourse { id } ... on TrainingSession { id } } }';
  const refs = {
    r: [
      { __typename: 'TrainingCourse', id: courseId },
      { __typename: 'TrainingSession', id: sessionId },
    ],
  };

  const hidden = async () => {
    for (const reader of [identity(null), identity('PROFESSIONAL'), identity('TRAINER'), identity('ANALYST')]) {
      expect((await subgraph.query(COURSE, reader, { id: courseId })).body.data).toEqual({ trainingCourse: null });
      expect((await subgraph.query(SESSION, reader, { id: sessionId })).body.data).toEqual({ trainingSession: null });
      expect(ids(await subgraph.query(COURSES, reader, {}), 'trainingCourses')).not.toContain(courseId);
      expect(ids(await subgraph.query(SESSIONS, reader, {}), 'trainingSessions')).not.toContain(sessionId);
      expect((await subgraph.query(entities, reader, refs)).body.data).toEqual({ _entities: [null, null] });
    }
    const enrol = await subgraph.query(ENROL, identity('PROFESSIONAL', 'pro-hidden'), { input: { sessionId, sector: 'HEALTH' } });
    expect(codeOf(enrol)).toBe('NOT_FOUND');
    // Coordinators see it, and may list it; others asking for unpublished ones are refused.
    const coordinator = identity('COORDINATOR');
    expect((await subgraph.query(COURSE, coordinator, { id: courseId })).body.data).toMatchObject({ trainingCourse: { id: courseId } });
    expect((await subgraph.query(SESSION, coordinator, { id: sessionId })).body.data).toMatchObject({ trainingSession: { id: sessionId } });
    const all = { filter: { includeUnpublished: true } };
    expect(ids(await subgraph.query(COURSES, coordinator, all), 'trainingCourses')).toContain(courseId);
    expect(ids(await subgraph.query(SESSIONS, identity('ADMIN'), all), 'trainingSessions')).toContain(sessionId);
    expect(codeOf(await subgraph.query(COURSES, identity('PROFESSIONAL'), all))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.query(SESSIONS, identity(null), all))).toBe('UNAUTHENTICATED');
  };
  await hidden();

  expect((await subgraph.query(PUBLISH, identity('ADMIN'), { id: courseId })).body.data).toEqual({
    publishTrainingCourse: { id: courseId, published: true },
  });
  const anonymous = identity(null);
  expect((await subgraph.query(COURSE, anonymous, { id: courseId })).body.data).toMatchObject({ trainingCourse: { id: courseId } });
  expect(ids(await subgraph.query(SESSIONS, anonymous, {}), 'trainingSessions')).toContain(sessionId);
  expect((await subgraph.query(entities, anonymous, refs)).body.data).toEqual({ _entities: [{ id: courseId }, { id: sessionId }] });

  expect((await subgraph.query(UNPUBLISH, identity('COORDINATOR'), { id: courseId })).body.data).toEqual({
    unpublishTrainingCourse: { id: courseId, published: false },
  });
  await hidden();
  const actions = await db.query('SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY at', [courseId]);
  expect(actions.map((a: { action: string }) => a.action)).toEqual(['course.create', 'course.publish', 'course.unpublish']);
});
