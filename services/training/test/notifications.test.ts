// Training's emails (issue 16): enrolment confirmed, promotion from the waitlist, session
// cancelled, each an outbox row written with the change; settings and erasure receipts.
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

const enrolAs = (sub: string, sessionId: string) =>
  subgraph.query<{ enrol: { id: string; status: string } }>(ENROL, identity('PROFESSIONAL', sub), {
    input: { sessionId, sector: 'HEALTH', email: `${sub}@example.org` },
  });
const kinds = async (sub: string): Promise<string[]> =>
  (await subgraph.dataSource!.query('SELECT kind FROM notification_outbox WHERE recipient_sub = $1 ORDER BY created_at', [sub])).map(
    (r: { kind: string }) => r.kind,
  );

test('a booked place is confirmed, a waitlisted one when it is promoted, and a cancelled session tells everyone booked', async () => {
  const sessionId = await insertSession(subgraph.dataSource!, courseId, { capacity: 1, trainer: 'trainer-a' });
  const first = await enrolAs('amel', sessionId);
  expect(first.body.data!.enrol.status).toBe('BOOKED');
  expect((await enrolAs('bintou', sessionId)).body.data!.enrol.status).toBe('WAITLISTED');
  expect(await kinds('amel')).toEqual(['training.enrolment-confirmed']);
  expect(await kinds('bintou')).toEqual([]);

  await subgraph.query(CANCEL, identity('PROFESSIONAL', 'amel'), { id: first.body.data!.enrol.id });
  expect(await kinds('bintou')).toEqual(['training.waitlist-promoted']);

  await subgraph.query('mutation ($id: ID!) { cancelSession(id: $id, reason: "Salle fermée") { status } }', identity('COORDINATOR'), {
    id: sessionId,
  });
  expect(await kinds('bintou')).toEqual(['training.waitlist-promoted', 'training.session-cancelled']);
  // The reason is not in any email: the outbox holds a link path and the session's day only.
  const data: { data: Record<string, string> }[] = await subgraph.dataSource!.query('SELECT data FROM notification_outbox');
  expect(JSON.stringify(data)).not.toContain('Salle fermée');
});

test('she turns off the certificate email (not an essential one), and erasure leaves a receipt only she reads', async () => {
  const UPDATE = 'mutation ($m: [String!]) { updateMyTrainingNotifications(input: { mutedKinds: $m }) { email mutedKinds } }';
  const muted = await subgraph.query<{ updateMyTrainingNotifications: { mutedKinds: string[] } }>(
    UPDATE,
    identity('PROFESSIONAL', 'amel'),
    {
      m: ['training.certificate-issued'],
    },
  );
  expect(muted.body.data!.updateMyTrainingNotifications).toEqual({
    email: 'amel@example.org',
    mutedKinds: ['training.certificate-issued'],
  });
  const refused = await subgraph.query(UPDATE, identity('PROFESSIONAL', 'amel'), { m: ['training.session-cancelled'] });
  expect(refused.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

  const erased = await subgraph.query<{ deleteMyTrainingData: { receipt: { service: string; items: { what: string; count: number }[] } } }>(
    'mutation { deleteMyTrainingData { receipt { service items { what count } } } }',
    identity('PROFESSIONAL', 'amel'),
  );
  expect(erased.body.data!.deleteMyTrainingData.receipt.service).toBe('training');
  expect(erased.body.data!.deleteMyTrainingData.receipt.items).toContainEqual({ what: 'enrolments', count: 1 });
  expect(await kinds('amel')).toEqual([]);
  const RECEIPTS = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Account { trainingErasureReceipts { service } } } }';
  const mine = await subgraph.query<{ _entities: { trainingErasureReceipts: unknown[] }[] }>(RECEIPTS, identity('PROFESSIONAL', 'amel'), {
    r: [{ __typename: 'Account', id: 'amel' }],
  });
  expect(mine.body.data!._entities[0].trainingErasureReceipts).toEqual([{ service: 'training' }]);
});
