// Ids a caller may not touch answer exactly as unknown ones, so probing ids tells nothing about
// which sessions and enrolments exist.
import { identity, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { training } from '../src/service';
import { CANCEL, ENROL, insertCourse, insertSession } from './fixtures';

let subgraph: TestSubgraph;
let courseId: string;
beforeAll(async () => {
  subgraph = await startTestSubgraph(training);
  courseId = await insertCourse(subgraph.dataSource!);
});
afterAll(() => subgraph.stop());

const UNKNOWN = '00000000-0000-4000-8000-00000000abcd';
type Answer = { code: unknown; message: string | undefined };
const answerOf = (r: { body: { errors?: { message: string; extensions?: Record<string, unknown> }[] } }): Answer => ({
  code: r.body.errors?.[0]?.extensions?.code,
  message: r.body.errors?.[0]?.message,
});

/** A session taught by `trainer-a` that ended yesterday, completed, with one booked participant. */
async function completedSessionOfTrainerA(): Promise<{ sessionId: string; enrolmentId: string }> {
  const db = subgraph.dataSource!;
  const sessionId = await insertSession(db, courseId, { trainer: 'trainer-a' });
  const enrolled = await subgraph.query<{ enrol: { id: string } }>(ENROL, identity('PROFESSIONAL', 'pia'), {
    input: { sessionId, sector: 'HEALTH', displayName: 'Pia' },
  });
  await db.query(
    `UPDATE training_session SET starts_at = now() - interval '2 days', ends_at = now() - interval '1 day', status = 'completed' WHERE id = $1`,
    [sessionId],
  );
  return { sessionId, enrolmentId: enrolled.body.data!.enrol.id };
}

test("cancelEnrolment answers someone else's enrolment exactly as an unknown one, and leaves it booked", async () => {
  const sessionId = await insertSession(subgraph.dataSource!, courseId);
  const enrolled = await subgraph.query<{ enrol: { id: string } }>(ENROL, identity('PROFESSIONAL', 'owner'), {
    input: { sessionId, sector: 'HEALTH', displayName: 'Owner' },
  });
  const foreign = enrolled.body.data!.enrol.id;
  for (const who of [identity('PROFESSIONAL', 'someone-else'), identity('TRAINER'), identity('MENTOR')]) {
    const unknown = answerOf(await subgraph.query(CANCEL, who, { id: UNKNOWN }));
    expect(unknown.code).toBe('NOT_FOUND');
    expect(answerOf(await subgraph.query(CANCEL, who, { id: foreign }))).toEqual(unknown);
  }
  const [{ status }] = await subgraph.dataSource!.query('SELECT status FROM enrolment WHERE id = $1', [foreign]);
  expect(status).toBe('booked');
});

test("completeSession, recordAttendance and cancelSession answer another trainer's session exactly as an unknown one", async () => {
  const other = identity('TRAINER', 'trainer-b');
  const { sessionId, enrolmentId } = await completedSessionOfTrainerA();
  const scheduled = await insertSession(subgraph.dataSource!, courseId, { trainer: 'trainer-a' });
  const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
    ['mutation ($id: ID!) { completeSession(id: $id) { id } }', { id: scheduled }, { id: UNKNOWN }],
    [
      'mutation ($s: ID!, $a: [AttendanceInput!]!) { recordAttendance(sessionId: $s, attendance: $a) { id } }',
      { s: sessionId, a: [{ enrolmentId, attendance: 'FULL' }] },
      { s: UNKNOWN, a: [{ enrolmentId, attendance: 'FULL' }] },
    ],
    ['mutation ($id: ID!) { cancelSession(id: $id, reason: "x") { id } }', { id: scheduled }, { id: UNKNOWN }],
  ];
  for (const [mutation, foreign, unknown] of cases) {
    const answer = answerOf(await subgraph.query(mutation, other, unknown));
    expect(answer.code).toBe('NOT_FOUND');
    expect(answerOf(await subgraph.query(mutation, other, foreign))).toEqual(answer);
  }
  const [row] = await subgraph.dataSource!.query('SELECT status FROM training_session WHERE id = $1', [scheduled]);
  expect(row.status).toBe('scheduled');
  const [mark] = await subgraph.dataSource!.query('SELECT attendance FROM enrolment WHERE id = $1', [enrolmentId]);
  expect(mark.attendance).toBe('unknown');
});

test('a caller without the role altogether is still FORBIDDEN, whatever the id', async () => {
  const { sessionId } = await completedSessionOfTrainerA();
  for (const id of [sessionId, UNKNOWN]) {
    const answer = answerOf(
      await subgraph.query('mutation ($id: ID!) { cancelSession(id: $id, reason: "x") { id } }', identity('PROFESSIONAL'), { id }),
    );
    expect(answer.code).toBe('FORBIDDEN');
  }
});

test("a coordinator cancelling someone's enrolment is audited (she reads the participant's name)", async () => {
  const sessionId = await insertSession(subgraph.dataSource!, courseId);
  const enrolled = await subgraph.query<{ enrol: { id: string } }>(ENROL, identity('PROFESSIONAL', 'zoe'), {
    input: { sessionId, sector: 'HEALTH', displayName: 'Zoé' },
  });
  const id = enrolled.body.data!.enrol.id;
  const r = await subgraph.query('mutation ($id: ID!) { cancelEnrolment(id: $id) { id displayName } }', identity('COORDINATOR'), { id });
  expect(r.body.errors).toBeUndefined();
  const rows = await subgraph.dataSource!.query(
    `SELECT actor_sub, subject_type FROM audit_log WHERE action = 'enrolment.cancel' AND subject_id = $1`,
    [id],
  );
  expect(rows).toEqual([{ actor_sub: 'test-coordinator', subject_type: 'Enrolment' }]);
});
