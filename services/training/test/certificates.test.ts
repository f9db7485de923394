// Certificates: issued on full attendance recorded by the session's trainer or a coordinator,
// and verified by code without telling an unknown code from a malformed one.
import { identity, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { training } from '../src/service';
import { ENROL, insertCourse, insertSession } from './fixtures';

let subgraph: TestSubgraph;
let courseId: string;
beforeAll(async () => {
  subgraph = await startTestSubgraph(training);
  courseId = await insertCourse(subgraph.dataSource!, { title: 'Kit Anna' });
});
afterAll(() => subgraph.stop());

const COMPLETE = 'mutation ($id: ID!) { completeSession(id: $id) { status } }';
const ATTENDANCE = `mutation ($sessionId: ID!, $attendance: [AttendanceInput!]!) {
  recordAttendance(sessionId: $sessionId, attendance: $attendance) {
    enrolments { edges { node { id displayName attendance certificate { verificationCode completedOn holderName course { title } } } } }
  } }`;
const VERIFY = 'query ($code: String!) { verifyCertificate(code: $code) { courseTitle holderName completedOn } }';

type Node = {
  id: string;
  displayName: string;
  attendance: string;
  certificate: { verificationCode: string; completedOn: string; holderName: string; course: { title: string } } | null;
};
type Recorded = { recordAttendance: { enrolments: { edges: { node: Node }[] } } };

/** A session that ended yesterday, with three booked participants (enrolled while it was ahead). */
async function endedSessionWithThree(): Promise<{ sessionId: string; ids: string[] }> {
  const db = subgraph.dataSource!;
  const sessionId = await insertSession(db, courseId, { startsAt: '2030-01-01T09:00:00Z', capacity: 5 });
  const ids: string[] = [];
  for (const name of ['Inès B.', 'Julie K.', 'Sarah M.']) {
    const r = await subgraph.query<{ enrol: { id: string } }>(ENROL, identity('PROFESSIONAL', `holder-${name}`), {
      input: { sessionId, sector: 'SOCIAL_WORK', displayName: name },
    });
    ids.push(r.body.data!.enrol.id);
  }
  await db.query(
    `UPDATE training_session SET starts_at = now() - interval '1 day 3 hours', ends_at = now() - interval '1 day' WHERE id = $1`,
    [sessionId],
  );
  return { sessionId, ids };
}

test('attendance -> certificate -> verification: a FULL attendee gets a verifiable certificate, the others none', async () => {
  const { sessionId, ids } = await endedSessionWithThree();
  const trainer = identity('TRAINER'); // test-trainer, the session's trainer
  expect((await subgraph.query(COMPLETE, trainer, { id: sessionId })).body.data).toEqual({ completeSession: { status: 'COMPLETED' } });
  const recorded = await subgraph.query<Recorded>(ATTENDANCE, trainer, {
    sessionId,
    attendance: [
      { enrolmentId: ids[0], attendance: 'FULL' },
      { enrolmentId: ids[1], attendance: 'PARTIAL' },
      { enrolmentId: ids[2], attendance: 'NO_SHOW' },
    ],
  });
  expect(recorded.body.errors).toBeUndefined();
  const nodes = recorded.body.data!.recordAttendance.enrolments.edges.map((e) => e.node);
  expect(nodes.map((n) => [n.displayName, n.attendance, n.certificate !== null])).toEqual([
    ['Inès B.', 'FULL', true],
    ['Julie K.', 'PARTIAL', false],
    ['Sarah M.', 'NO_SHOW', false],
  ]);
  const certificate = nodes[0].certificate!;
  expect(certificate.verificationCode).toMatch(/^[A-Z2-7]{32}$/); // 160 random bits
  expect(certificate).toMatchObject({ holderName: 'Inès B.', course: { title: 'Kit Anna' } });

  const verified = await subgraph.query(VERIFY, identity(null), { code: certificate.verificationCode });
  expect(verified.body.data).toEqual({
    verifyCertificate: { courseTitle: 'Kit Anna', holderName: 'Inès B.', completedOn: certificate.completedOn },
  });
  // Typed from paper: lower case and spaces are forgiven.
  const typed = certificate.verificationCode.toLowerCase().replace(/(.{4})/g, '$1 ');
  expect((await subgraph.query(VERIFY, identity(null), { code: typed })).body.data).toEqual(verified.body.data);

  // Correcting the attendance revokes the certificate: its code no longer verifies.
  await subgraph.query(ATTENDANCE, trainer, { sessionId, attendance: [{ enrolmentId: ids[0], attendance: 'PARTIAL' }] });
  expect((await subgraph.query(VERIFY, identity(null), { code: certificate.verificationCode })).body.data).toEqual({
    verifyCertificate: null,
  });
});

test('verification answers null alike for an unknown, an altered or a malformed code', async () => {
  const [{ code }] = await subgraph
    .dataSource!.query('SELECT verification_code AS code FROM certificate LIMIT 1')
    .then(async (rows: { code: string }[]) => {
      if (rows.length) return rows;
      const { sessionId, ids } = await endedSessionWithThree();
      await subgraph.query(COMPLETE, identity('COORDINATOR'), { id: sessionId });
      await subgraph.query(ATTENDANCE, identity('COORDINATOR'), { sessionId, attendance: [{ enrolmentId: ids[0], attendance: 'FULL' }] });
      return subgraph.dataSource!.query('SELECT verification_code AS code FROM certificate LIMIT 1');
    });
  const altered = `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`;
  for (const attempt of [altered, 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', "' OR 1=1 --", '', 'x'.repeat(5000)]) {
    const r = await subgraph.query(VERIFY, identity(null), { code: attempt });
    expect(r.body).toEqual({ data: { verifyCertificate: null } });
  }
});

test('only the session trainer or a coordinator completes a session and records attendance, once it has ended', async () => {
  const { sessionId, ids } = await endedSessionWithThree();
  const future = await insertSession(subgraph.dataSource!, courseId, { startsAt: '2031-01-01T09:00:00Z' });
  expect((await subgraph.query(COMPLETE, identity('TRAINER'), { id: future })).body.errors?.[0].extensions?.code).toBe('CONFLICT');
  const otherTrainer = identity('TRAINER', 'another-trainer');
  // Another trainer's session is answered as an unknown one.
  expect((await subgraph.query(COMPLETE, otherTrainer, { id: sessionId })).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  for (const role of ['PROFESSIONAL', 'ANALYST', 'MENTOR'] as const) {
    expect((await subgraph.query(COMPLETE, identity(role), { id: sessionId })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  }
  const mark = { sessionId, attendance: [{ enrolmentId: ids[0], attendance: 'FULL' }] };
  // Attendance waits for completion.
  expect((await subgraph.query(ATTENDANCE, identity('TRAINER'), mark)).body.errors?.[0].extensions?.code).toBe('CONFLICT');
  expect((await subgraph.query(COMPLETE, identity('COORDINATOR'), { id: sessionId })).body.data).toEqual({
    completeSession: { status: 'COMPLETED' },
  });
  expect((await subgraph.query(ATTENDANCE, otherTrainer, mark)).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const stranger = { sessionId, attendance: [{ enrolmentId: '00000000-0000-4000-8000-000000000000', attendance: 'FULL' }] };
  expect((await subgraph.query(ATTENDANCE, identity('TRAINER'), stranger)).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const twice = { sessionId, attendance: [mark.attendance[0], mark.attendance[0]] };
  expect((await subgraph.query(ATTENDANCE, identity('TRAINER'), twice)).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const [{ n }] = await subgraph.dataSource!.query('SELECT count(*)::int AS n FROM certificate WHERE enrolment_id = $1', [ids[0]]);
  expect(n).toBe(0);
});
