// Arguments refused before any SQL, through GraphQL: NUL bytes, unreal or far-off dates and
// overlong text are BAD_USER_INPUT, never an internal error, and write nothing.
import { identity, startTestSubgraph, type TestSubgraph, errorCode as codeOf } from '@equality-graph/testing';
import { training } from '../src/service';
import { ENROL, insertCourse, insertSession } from './fixtures';

let subgraph: TestSubgraph;
let courseId: string;
beforeAll(async () => {
  subgraph = await startTestSubgraph(training);
  courseId = await insertCourse(subgraph.dataSource!);
});
afterAll(() => subgraph.stop());

const NUL = 'Ana\u0000Bel';
const count = async (table: string): Promise<number> => (await subgraph.dataSource!.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

const SCHEDULE = 'mutation ($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }';
const RECORD_ACTION = 'mutation ($input: AwarenessActionInput!) { recordAwarenessAction(input: $input) { id } }';
const CREATE_COURSE = 'mutation ($input: TrainingCourseInput!) { createTrainingCourse(input: $input) { id } }';
const schedule = (fields: Record<string, unknown>) => ({
  input: { courseId, startsAt: '2031-03-01T09:00:00Z', endsAt: '2031-03-01T12:00:00Z', communeCode: '92023', capacity: 10, ...fields },
});
const action = (fields: Record<string, unknown>) => ({
  input: { title: 'Stand', heldOn: '2025-03-08', communeCode: '92023', format: 'STAND', participantCount: 40, ...fields },
});
const course = (fields: Record<string, unknown>) => ({
  input: { title: 'Kit', summary: 'S', targetSectors: ['HEALTH'], durationHours: 3, modality: 'REMOTE', ...fields },
});

test('a NUL byte in any text argument is BAD_USER_INPUT and writes nothing', async () => {
  const sessionId = await insertSession(subgraph.dataSource!, courseId);
  const before = await Promise.all(['enrolment', 'training_session', 'awareness_action', 'training_course'].map(count));
  const cases: [string, string, Record<string, unknown>][] = [
    [ENROL, 'PROFESSIONAL', { input: { sessionId, sector: 'HEALTH', displayName: NUL } }],
    [SCHEDULE, 'COORDINATOR', schedule({ venue: NUL })],
    [SCHEDULE, 'COORDINATOR', schedule({ trainerName: NUL })],
    [SCHEDULE, 'COORDINATOR', schedule({ trainerAccountId: NUL })],
    [RECORD_ACTION, 'COORDINATOR', action({ title: NUL })],
    [CREATE_COURSE, 'COORDINATOR', course({ title: NUL })],
    [CREATE_COURSE, 'COORDINATOR', course({ summary: NUL })],
    [CREATE_COURSE, 'COORDINATOR', course({ topics: [NUL] })],
    ['mutation ($id: ID!, $r: String!) { cancelSession(id: $id, reason: $r) { id } }', 'COORDINATOR', { id: sessionId, r: NUL }],
    ['query ($c: String!) { verifyCertificate(code: $c) { holderName } }', 'PROFESSIONAL', { c: 'ABCD\u0000' }],
    ['query ($t: String!) { trainingCourses(filter: { topic: $t }) { totalCount } }', 'PROFESSIONAL', { t: NUL }],
    ['query ($a: String!) { trainingAuditLog(action: $a) { totalCount } }', 'ADMIN', { a: NUL }],
  ];
  for (const [query, role, variables] of cases) {
    const r = await subgraph.query(query, identity(role as 'COORDINATOR'), variables);
    expect([JSON.stringify(variables), codeOf(r)]).toEqual([JSON.stringify(variables), 'BAD_USER_INPUT']);
  }
  expect(await Promise.all(['enrolment', 'training_session', 'awareness_action', 'training_course'].map(count))).toEqual(before);
  const [session] = await subgraph.dataSource!.query('SELECT status FROM training_session WHERE id = $1', [sessionId]);
  expect(session.status).toBe('scheduled');
});

test('dates that are not real calendar dates, or far out of range, are BAD_USER_INPUT before any SQL, and write nothing', async () => {
  const before = await Promise.all(['training_session', 'awareness_action'].map(count));
  const cases: [string, string, Record<string, unknown>][] = [
    [SCHEDULE, 'COORDINATOR', schedule({ startsAt: '2026-02-30T09:00:00Z', endsAt: '2026-03-03T12:00:00Z' })],
    [SCHEDULE, 'COORDINATOR', schedule({ startsAt: '2031-04-31T09:00:00Z' })],
    [SCHEDULE, 'COORDINATOR', schedule({ startsAt: '2031-03-01T25:00:00Z' })],
    [SCHEDULE, 'COORDINATOR', schedule({ startsAt: '2031-03-01 and more' })],
    [SCHEDULE, 'COORDINATOR', schedule({ startsAt: '0001-01-01T09:00:00Z' })],
    [SCHEDULE, 'COORDINATOR', schedule({ endsAt: '275000-01-01T00:00:00Z' })],
    [RECORD_ACTION, 'COORDINATOR', action({ heldOn: '2026-02-30' })],
    [RECORD_ACTION, 'COORDINATOR', action({ heldOn: '1850-01-01' })],
    ['query ($f: String) { awarenessActions(filter: { from: $f }) { totalCount } }', 'PROFESSIONAL', { f: '2026-02-30' }],
    ['query ($f: String) { awarenessActions(filter: { to: $f }) { totalCount } }', 'PROFESSIONAL', { f: 'yesterday' }],
    ['query ($f: String) { trainingSessions(filter: { from: $f }) { totalCount } }', 'PROFESSIONAL', { f: '2026-02-30' }],
    ['query ($f: String) { trainingSessions(filter: { to: $f }) { totalCount } }', 'PROFESSIONAL', { f: '2026-02-29T00:00:00Z' }],
  ];
  for (const [query, role, variables] of cases) {
    const r = await subgraph.query(query, identity(role as 'COORDINATOR'), variables);
    expect([JSON.stringify(variables), codeOf(r)]).toEqual([JSON.stringify(variables), 'BAD_USER_INPUT']);
  }
  expect(await Promise.all(['training_session', 'awareness_action'].map(count))).toEqual(before);
  // Real dates, leap day included, still pass.
  const ok = await subgraph.query(
    'query { awarenessActions(filter: { from: "2024-02-29", to: "2025-12-31" }) { totalCount } trainingSessions(filter: { from: "2024-02-29T10:00:00+01:00" }) { totalCount } }',
    identity(null),
  );
  expect(ok.body.errors).toBeUndefined();
});

test('overlong strings are BAD_USER_INPUT, field by field, and write nothing', async () => {
  const sessionId = await insertSession(subgraph.dataSource!, courseId);
  const before = await Promise.all(['enrolment', 'training_session', 'awareness_action'].map(count));
  const cases: [string, string, Record<string, unknown>][] = [
    [ENROL, 'PROFESSIONAL', { input: { sessionId, sector: 'HEALTH', displayName: 'x'.repeat(121) } }],
    [SCHEDULE, 'COORDINATOR', schedule({ venue: 'x'.repeat(201) })],
    [SCHEDULE, 'COORDINATOR', schedule({ trainerAccountId: 'x'.repeat(201) })],
    [RECORD_ACTION, 'COORDINATOR', action({ title: 'x'.repeat(201) })],
    [
      'mutation ($id: ID!, $r: String!) { cancelSession(id: $id, reason: $r) { id } }',
      'COORDINATOR',
      { id: sessionId, r: 'x'.repeat(501) },
    ],
    ['query ($t: String!) { trainingCourses(filter: { topic: $t }) { totalCount } }', 'PROFESSIONAL', { t: 'x'.repeat(301) }],
  ];
  for (const [query, role, variables] of cases) {
    const r = await subgraph.query(query, identity(role as 'COORDINATOR'), variables);
    expect([query.slice(0, 30), codeOf(r)]).toEqual([query.slice(0, 30), 'BAD_USER_INPUT']);
  }
  expect(await Promise.all(['enrolment', 'training_session', 'awareness_action'].map(count))).toEqual(before);
});
