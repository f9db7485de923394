// deleteMyTrainingData: what leaves a person's rows, what stays counted, and what an old
// certificate code answers afterwards.
import { identity, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { training } from '../src/service';
import { newVerificationCode } from '../src/data/certificates';
import { insertCourse, insertSession } from './fixtures';

let subgraph: TestSubgraph;
let courseId: string;
const erin = identity('PROFESSIONAL', 'erin');
const ERASE = 'mutation { deleteMyTrainingData { enrolmentsErased certificatesErased sessionsErased } }';
const VERIFY = 'query ($code: String!) { verifyCertificate(code: $code) { courseTitle holderName completedOn } }';
const FIGURES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Commune {
  training(year: 2024) { sessionCount trainedCount bySector { sector trainedCount } } } } }`;

/** A completed session in 2024 with full attendances; returns the enrolment and certificate ids by person. */
async function heldSession(commune: string, day: string, people: [string, string, string][]): Promise<Record<string, { code: string }>> {
  const db = subgraph.dataSource!;
  const sessionId = await insertSession(db, courseId, { startsAt: `${day}T09:00:00Z`, status: 'completed', commune });
  const out: Record<string, { code: string }> = {};
  for (const [account, name, sector] of people) {
    const [{ id }] = await db.query(
      `INSERT INTO enrolment (id, session_id, account_id, display_name, sector, status, attendance)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, 'booked', 'full') RETURNING id`,
      [sessionId, account, name, sector],
    );
    const code = newVerificationCode();
    await db.query(
      `INSERT INTO certificate (id, enrolment_id, course_id, account_id, holder_name, completed_on, verification_code)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6)`,
      [id, courseId, account, name, day, code],
    );
    out[account] = { code };
  }
  return out;
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(training);
  courseId = await insertCourse(subgraph.dataSource!, { title: 'Kit Élisa' });
});
afterAll(() => subgraph.stop());

test('erasure removes her name and the texts about her from enrolments, certificates and sessions; counts stay; others untouched', async () => {
  const db = subgraph.dataSource!;
  // Erin attended twice in Clamart (counted once), with 11 others so that figures are not suppressed.
  const others: [string, string, string][] = Array.from({ length: 11 }, (_, i) => [`other-${i}`, `Olga ${i}`, 'health']);
  const first = await heldSession('92023', '2024-03-01', [['erin', 'Erin Dupont', 'health'], ...others]);
  await heldSession('92023', '2024-04-01', [['erin', 'Erin Dupont', 'health']]);
  // A future booking of hers, and a session she taught (then cancelled with a reason naming her).
  const future = await insertSession(db, courseId, { commune: '92023' });
  await db.query(
    `INSERT INTO enrolment (id, session_id, account_id, display_name, sector, status) VALUES (gen_random_uuid(), $1, 'erin', 'Erin Dupont', 'health', 'booked')`,
    [future],
  );
  const taught = await insertSession(db, courseId, { trainer: 'erin' });
  await db.query(`UPDATE training_session SET trainer_name = 'Erin Dupont' WHERE id = $1`, [taught]);
  const cancelled = await subgraph.query(
    'mutation ($id: ID!) { cancelSession(id: $id, reason: "Erin Dupont est malade") { id } }',
    identity('TRAINER', 'erin'),
    {
      id: taught,
    },
  );
  expect(cancelled.body.errors).toBeUndefined();
  const figures = async () =>
    (await subgraph.query<{ _entities: unknown[] }>(FIGURES, identity('ANALYST'), { r: [{ __typename: 'Commune', code: '92023' }] })).body
      .data!._entities;
  const figuresBefore = await figures();
  expect(figuresBefore).toEqual([{ training: { sessionCount: 2, trainedCount: 12, bySector: [{ sector: 'HEALTH', trainedCount: 12 }] } }]);
  const otherBefore =
    await db.query(`SELECT e.*, c.holder_name, c.verification_code FROM enrolment e JOIN certificate c ON c.enrolment_id = e.id
    WHERE e.account_id <> 'erin' ORDER BY e.id`);

  const erased = await subgraph.query(ERASE, erin);
  expect(erased.body).toEqual({ data: { deleteMyTrainingData: { enrolmentsErased: 3, certificatesErased: 2, sessionsErased: 1 } } });

  // Nothing in any table of hers still names her or points at her account.
  for (const [table, columns] of [
    ['enrolment', 'display_name'],
    ['certificate', 'holder_name'],
    ['training_session', "coalesce(trainer_name, '') || coalesce(cancellation_reason, '')"],
    ['audit_log', "coalesce(details::text, '')"],
  ]) {
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${columns} ILIKE '%Erin%'`);
    expect([table, n]).toEqual([table, 0]);
  }
  expect((await db.query(`SELECT count(*)::int AS n FROM enrolment WHERE account_id = 'erin'`))[0].n).toBe(0);
  expect((await db.query(`SELECT count(*)::int AS n FROM certificate WHERE account_id = 'erin'`))[0].n).toBe(0);
  expect((await db.query(`SELECT count(*)::int AS n FROM training_session WHERE trainer_account_id = 'erin'`))[0].n).toBe(0);
  // Her future booking is given up; the counts of what was held stay.
  expect((await db.query(`SELECT status FROM enrolment WHERE session_id = $1`, [future]))[0].status).toBe('cancelled');
  expect(await figures()).toEqual(figuresBefore);

  // What coordinators and trainers read carries no name of hers any more.
  const list = await subgraph.query<{
    trainingSession: { enrolments: { edges: { node: { displayName: string; certificate: { holderName: string } | null } }[] } };
  }>(
    'query ($id: ID!) { trainingSession(id: $id) { enrolments(first: 100) { edges { node { displayName certificate { holderName } } } } } }',
    identity('COORDINATOR'),
    { id: (await db.query('SELECT session_id FROM enrolment WHERE display_name = $1', ['Olga 0']))[0].session_id },
  );
  const names = list.body.data!.trainingSession.enrolments.edges.map((e) => [e.node.displayName, e.node.certificate?.holderName]);
  expect(names).toHaveLength(12);
  expect(JSON.stringify(names)).not.toMatch(/Erin/);

  // The public check answers as for a code that never existed; another holder's still verifies.
  expect((await subgraph.query(VERIFY, identity(null), { code: first.erin.code })).body).toEqual({ data: { verifyCertificate: null } });
  expect((await subgraph.query(VERIFY, identity(null), { code: first['other-0'].code })).body.data).toEqual({
    verifyCertificate: { courseTitle: 'Kit Élisa', holderName: 'Olga 0', completedOn: '2024-03-01' },
  });
  // Nobody else's rows changed.
  expect(
    await db.query(`SELECT e.*, c.holder_name, c.verification_code FROM enrolment e JOIN certificate c ON c.enrolment_id = e.id
    WHERE e.account_id LIKE 'other-%' ORDER BY e.id`),
  ).toEqual(otherBefore);
  // She sees nothing of hers any more.
  const mine = await subgraph.query('{ me { enrolments { totalCount } certificates { id } } }', erin);
  expect(mine.body.data).toEqual({ me: { enrolments: { totalCount: 0 }, certificates: [] } });

  // The erasure is audited, with counts and without the erased text.
  const audit = await db.query(`SELECT actor_sub, subject_id, details FROM audit_log WHERE action = 'training.erase'`);
  expect(audit).toEqual([{ actor_sub: 'erin', subject_id: 'erin', details: { enrolments: 3, certificates: 2, sessions: 1 } }]);
});

test('erasure needs a signed-in person, and erasing again finds nothing left', async () => {
  expect((await subgraph.query(ERASE, identity(null))).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const again = await subgraph.query(ERASE, erin);
  expect(again.body).toEqual({ data: { deleteMyTrainingData: { enrolmentsErased: 0, certificatesErased: 0, sessionsErased: 0 } } });
});
