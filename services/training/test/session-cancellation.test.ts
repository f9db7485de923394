// Cancelling a session: its live enrolments cancelled with it, under the lock, by its trainer or
// a coordinator only, audited with the reason.
import { identity, startTestSubgraph, type TestSubgraph, errorCode as codeOf } from '@equality-graph/testing';
import type { Role } from '@equality-graph/auth';
import { training } from '../src/service';
import { ENROL, insertCourse, insertSession } from './fixtures';

let subgraph: TestSubgraph;
let courseId: string;
beforeAll(async () => {
  subgraph = await startTestSubgraph(training);
  courseId = await insertCourse(subgraph.dataSource!);
});
afterAll(() => subgraph.stop());

const CANCEL_SESSION = `mutation ($id: ID!, $reason: String!) {
  cancelSession(id: $id, reason: $reason) { id status cancellationReason cancelledAt seatsLeft } }`;
const enrolAs = (sub: string, sessionId: string) =>
  subgraph.query<{ enrol: { id: string; status: string } }>(ENROL, identity('PROFESSIONAL', sub), {
    input: { sessionId, sector: 'HEALTH' },
  });
const statuses = async (sessionId: string) =>
  (await subgraph.dataSource!.query('SELECT account_id, status FROM enrolment WHERE session_id = $1 ORDER BY account_id', [sessionId])).map(
    (r: { account_id: string; status: string }) => `${r.account_id}:${r.status}`,
  );

test("the session's trainer cancels it: CANCELLED with its reason, every booked and waitlisted place cancelled, audited", async () => {
  const sessionId = await insertSession(subgraph.dataSource!, courseId, { capacity: 2, trainer: 'trainer-a' });
  for (const sub of ['p1', 'p2', 'p3']) await enrolAs(sub, sessionId); // p3 waitlisted
  const r = await subgraph.query<{ cancelSession: Record<string, unknown> }>(CANCEL_SESSION, identity('TRAINER', 'trainer-a'), {
    id: sessionId,
    reason: ' Formatrice indisponible ',
  });
  expect(r.body.errors).toBeUndefined();
  expect(r.body.data!.cancelSession).toMatchObject({ id: sessionId, status: 'CANCELLED', cancellationReason: 'Formatrice indisponible' });
  expect(Date.parse(r.body.data!.cancelSession.cancelledAt as string)).toBeGreaterThan(Date.now() - 60_000);
  expect(await statuses(sessionId)).toEqual(['p1:cancelled', 'p2:cancelled', 'p3:cancelled']);
  // Still listed, publicly, with its status.
  const list = await subgraph.query<{ trainingSessions: { edges: { node: { id: string; status: string } }[] } }>(
    '{ trainingSessions(filter: { status: CANCELLED }) { edges { node { id status cancellationReason } } } }',
    identity(null),
  );
  expect(list.body.data!.trainingSessions.edges).toContainEqual({
    node: { id: sessionId, status: 'CANCELLED', cancellationReason: 'Formatrice indisponible' },
  });
  const [audit] = await subgraph.dataSource!.query(
    `SELECT actor_sub, details FROM audit_log WHERE action = 'session.cancel' AND subject_id = $1`,
    [sessionId],
  );
  expect(audit).toEqual({ actor_sub: 'trainer-a', details: { reason: 'Formatrice indisponible', cancelledEnrolments: 3 } });
  // Nobody can enrol in it any more.
  expect(codeOf(await enrolAs('p4', sessionId))).toBe('CONFLICT');
});

test('coordinators and admins may cancel any session; other trainers get NOT_FOUND (as for an unknown id), every other role FORBIDDEN; nothing changes', async () => {
  const db = subgraph.dataSource!;
  const sessionId = await insertSession(db, courseId, { trainer: 'trainer-a' });
  await enrolAs('q1', sessionId);
  const refused: [Role | null, string | undefined, string][] = [
    [null, undefined, 'UNAUTHENTICATED'],
    ['TRAINER', 'trainer-b', 'NOT_FOUND'],
    ['PROFESSIONAL', 'q1', 'FORBIDDEN'],
    ['MENTOR', undefined, 'FORBIDDEN'],
    ['MENTEE', undefined, 'FORBIDDEN'],
    ['ANALYST', undefined, 'FORBIDDEN'],
  ];
  for (const [role, sub, code] of refused) {
    expect(codeOf(await subgraph.query(CANCEL_SESSION, identity(role, sub), { id: sessionId, reason: 'Non' }))).toBe(code);
  }
  expect(await statuses(sessionId)).toEqual(['q1:booked']);
  const [{ status }] = await db.query('SELECT status FROM training_session WHERE id = $1', [sessionId]);
  expect(status).toBe('scheduled');
  for (const role of ['COORDINATOR', 'ADMIN'] as const) {
    const id = role === 'COORDINATOR' ? sessionId : await insertSession(db, courseId, { trainer: 'trainer-a' });
    const r = await subgraph.query(CANCEL_SESSION, identity(role), { id, reason: 'Salle fermée' });
    expect(r.body.data).toMatchObject({ cancelSession: { id, status: 'CANCELLED' } });
  }
  expect(await statuses(sessionId)).toEqual(['q1:cancelled']);
});

test('a completed or already cancelled session is a CONFLICT; an unknown one NOT_FOUND; an empty reason BAD_USER_INPUT', async () => {
  const db = subgraph.dataSource!;
  const coordinator = identity('COORDINATOR');
  const completed = await insertSession(db, courseId, { status: 'completed', startsAt: '2024-02-01T09:00:00Z' });
  const cancelled = await insertSession(db, courseId, { status: 'cancelled' });
  expect(codeOf(await subgraph.query(CANCEL_SESSION, coordinator, { id: completed, reason: 'Trop tard' }))).toBe('CONFLICT');
  expect(codeOf(await subgraph.query(CANCEL_SESSION, coordinator, { id: cancelled, reason: 'Encore' }))).toBe('CONFLICT');
  for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
    expect(codeOf(await subgraph.query(CANCEL_SESSION, coordinator, { id, reason: 'X' }))).toBe('NOT_FOUND');
  }
  const scheduled = await insertSession(db, courseId);
  expect(codeOf(await subgraph.query(CANCEL_SESSION, coordinator, { id: scheduled, reason: '  ' }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await subgraph.query(CANCEL_SESSION, coordinator, { id: scheduled, reason: 'x'.repeat(501) }))).toBe('BAD_USER_INPUT');
  const rows = await db.query('SELECT id, status FROM training_session WHERE id = ANY($1) ORDER BY status', [[completed, scheduled]]);
  expect(rows.map((r: { status: string }) => r.status)).toEqual(['completed', 'scheduled']);
});

test('enrolments racing a cancellation never survive it: every one is refused or cancelled with the session', async () => {
  const sessionId = await insertSession(subgraph.dataSource!, courseId, { capacity: 3 });
  const results = await Promise.all([
    ...Array.from({ length: 12 }, (_, i) => enrolAs(`race-${i}`, sessionId)),
    subgraph.query(CANCEL_SESSION, identity('COORDINATOR'), { id: sessionId, reason: 'Annulée' }),
  ]);
  expect(results.at(-1)!.body.errors).toBeUndefined();
  for (const r of results.slice(0, -1)) expect(r.body.errors === undefined || codeOf(r) === 'CONFLICT').toBe(true);
  const [{ live }] = await subgraph.dataSource!.query(
    `SELECT count(*)::int AS live FROM enrolment WHERE session_id = $1 AND status <> 'cancelled'`,
    [sessionId],
  );
  expect(live).toBe(0);
});

test('cancelled sessions count in neither Commune.training nor trainingStats', async () => {
  const db = subgraph.dataSource!;
  const held = await insertSession(db, courseId, { commune: '92004', status: 'completed', startsAt: '2025-03-01T09:00:00Z' });
  await db.query(
    `INSERT INTO enrolment (id, session_id, account_id, display_name, sector, status, attendance)
     VALUES (gen_random_uuid(), $1, 'f1', 'F1', 'health', 'booked', 'full')`,
    [held],
  );
  const dropped = await insertSession(db, courseId, { commune: '92004', startsAt: '2025-04-01T09:00:00Z', trainer: 'trainer-a' });
  await db.query(
    `INSERT INTO enrolment (id, session_id, account_id, display_name, sector, status, attendance)
     VALUES (gen_random_uuid(), $1, 'f2', 'F2', 'justice', 'booked', 'unknown')`,
    [dropped],
  );
  const r = await subgraph.query(CANCEL_SESSION, identity('TRAINER', 'trainer-a'), { id: dropped, reason: 'Grève' });
  expect(r.body.errors).toBeUndefined();
  const figures = await subgraph.query(
    `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Commune {
       training(year: 2025) { sessionCount trainedCount bySector { sector trainedCount } } } } }`,
    identity('ANALYST'), // raw figures: one person is below the public threshold
    { r: [{ __typename: 'Commune', code: '92004' }] },
  );
  expect(figures.body.data).toEqual({
    _entities: [{ training: { sessionCount: 1, trainedCount: 1, bySector: [{ sector: 'HEALTH', trainedCount: 1 }] } }],
  });
  const stats = await subgraph.query('{ trainingStats(year: 2025) { sessionCount trainedCount } }', identity('ANALYST'));
  expect(stats.body.data).toEqual({ trainingStats: { sessionCount: 1, trainedCount: 1 } });
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM training_session WHERE commune_code = '92004' AND status = 'cancelled'`);
  expect(n).toBe(1);
});
