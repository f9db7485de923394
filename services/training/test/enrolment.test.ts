// Booking a place: seats, the waitlist and its order, cancellation and re-enrolment.
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

const professional = (n: number) => identity('PROFESSIONAL', `pro-${n}`);
type Enrolled = { enrol: { id: string; status: string; sector: string; displayName: string } };

async function enrolAs(n: number, sessionId: string) {
  return subgraph.query<Enrolled>(ENROL, professional(n), { input: { sessionId, sector: 'HEALTH' } });
}

test('a full session waitlists, and a cancelled seat goes to the oldest waitlisted enrolment', async () => {
  const sessionId = await insertSession(subgraph.dataSource!, courseId, { capacity: 2 });
  const statuses = [];
  for (const n of [1, 2, 3, 4]) statuses.push((await enrolAs(n, sessionId)).body.data!.enrol);
  expect(statuses.map((e) => e.status)).toEqual(['BOOKED', 'BOOKED', 'WAITLISTED', 'WAITLISTED']);
  expect(statuses[0]).toMatchObject({ sector: 'HEALTH', displayName: 'Test PROFESSIONAL' });

  const cancelled = await subgraph.query(CANCEL, professional(1), { id: statuses[0].id });
  expect(cancelled.body.data).toEqual({ cancelEnrolment: { id: statuses[0].id, status: 'CANCELLED' } });
  const rows: { account_id: string; status: string }[] = await subgraph.dataSource!.query(
    'SELECT account_id, status FROM enrolment WHERE session_id = $1 ORDER BY account_id',
    [sessionId],
  );
  expect(rows).toEqual([
    { account_id: 'pro-1', status: 'cancelled' },
    { account_id: 'pro-2', status: 'booked' },
    { account_id: 'pro-3', status: 'booked' },
    { account_id: 'pro-4', status: 'waitlisted' },
  ]);

  // Cancelling a waitlisted place frees no seat: nobody is promoted.
  await subgraph.query(CANCEL, professional(4), { id: statuses[3].id });
  const seats = await subgraph.query<{ trainingSession: { seatsLeft: number } }>(
    'query ($id: ID!) { trainingSession(id: $id) { seatsLeft } }',
    identity(null),
    { id: sessionId },
  );
  expect(seats.body.data!.trainingSession.seatsLeft).toBe(0);
});

test('capacity holds under 20 concurrent enrolments over HTTP: exactly 5 booked, 15 waitlisted', async () => {
  const sessionId = await insertSession(subgraph.dataSource!, courseId, { capacity: 5 });
  const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => enrolAs(100 + i, sessionId)));
  expect(responses.every((r) => r.body.errors === undefined)).toBe(true);
  const statuses = responses.map((r) => r.body.data!.enrol.status);
  expect(statuses.filter((s) => s === 'BOOKED')).toHaveLength(5);
  expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(15);
  const [{ booked }] = await subgraph.dataSource!.query(
    `SELECT count(*)::int AS booked FROM enrolment WHERE session_id = $1 AND status = 'booked'`,
    [sessionId],
  );
  expect(booked).toBe(5);
});

test('enrolling twice is a CONFLICT; re-enrolling after a cancellation reopens the place at the end of the queue', async () => {
  const sessionId = await insertSession(subgraph.dataSource!, courseId, { capacity: 1 });
  const first = (await enrolAs(200, sessionId)).body.data!.enrol;
  expect((await enrolAs(200, sessionId)).body.errors?.[0].extensions?.code).toBe('CONFLICT');
  await enrolAs(201, sessionId); // waitlisted
  await subgraph.query(CANCEL, professional(200), { id: first.id }); // 201 promoted
  const again = (await enrolAs(200, sessionId)).body.data!.enrol;
  expect(again).toMatchObject({ id: first.id, status: 'WAITLISTED' });
});

test('sessions that are completed, cancelled or already started refuse enrolments; unknown ones are NOT_FOUND', async () => {
  const db = subgraph.dataSource!;
  const done = await insertSession(db, courseId, { status: 'completed', startsAt: '2024-01-10T09:00:00Z' });
  const started = await insertSession(db, courseId, { startsAt: '2024-01-10T09:00:00Z' });
  expect((await enrolAs(300, done)).body.errors?.[0].extensions?.code).toBe('CONFLICT');
  expect((await enrolAs(300, started)).body.errors?.[0].extensions?.code).toBe('CONFLICT');
  expect((await enrolAs(300, '00000000-0000-4000-8000-000000000000')).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect((await enrolAs(300, 'not-a-uuid')).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
});

test('professionals and mentors may enrol; anonymous readers, trainers and analysts may not; the sector is required', async () => {
  const sessionId = await insertSession(subgraph.dataSource!, courseId, { capacity: 10 });
  const input = { sessionId, sector: 'EDUCATION', displayName: 'Camille R.' };
  const mentor = await subgraph.query<Enrolled>(ENROL, identity('MENTOR'), { input });
  expect(mentor.body.data!.enrol).toMatchObject({ status: 'BOOKED', sector: 'EDUCATION', displayName: 'Camille R.' });
  expect((await subgraph.query(ENROL, identity(null), { input })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  for (const role of ['TRAINER', 'ANALYST', 'MENTEE'] as const) {
    expect((await subgraph.query(ENROL, identity(role), { input })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  }
  const noSector = await subgraph.query(ENROL, identity('PROFESSIONAL', 'pro-400'), { input: { sessionId } });
  expect(noSector.status).toBe(400);
  const badSector = await subgraph.query(ENROL, identity('PROFESSIONAL', 'pro-400'), { input: { sessionId, sector: 'ARMY' } });
  expect(badSector.status).toBe(400);
});

test('only the participant or a coordinator may cancel an enrolment; to anyone else it is as unknown (NOT_FOUND)', async () => {
  const sessionId = await insertSession(subgraph.dataSource!, courseId, { capacity: 10 });
  const enrolment = (await enrolAs(500, sessionId)).body.data!.enrol;
  expect((await subgraph.query(CANCEL, professional(501), { id: enrolment.id })).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect((await subgraph.query(CANCEL, identity('TRAINER'), { id: enrolment.id })).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const byCoordinator = await subgraph.query(CANCEL, identity('COORDINATOR'), { id: enrolment.id });
  expect(byCoordinator.body.data).toEqual({ cancelEnrolment: { id: enrolment.id, status: 'CANCELLED' } });
  expect((await subgraph.query(CANCEL, professional(500), { id: enrolment.id })).body.errors?.[0].extensions?.code).toBe('CONFLICT');
});
