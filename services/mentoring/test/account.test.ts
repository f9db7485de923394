// Account as mentoring extends it (`me` of another subgraph): her mentee record, mentor profile
// and mentorships, under the same rules as the direct queries.
import { startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { mentoring } from '../src/service';
import { as, id, insertMentee, insertMentor, insertMentorship } from './fixtures';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(mentoring);
  const db = subgraph.dataSource!;
  await insertMentor(db, { n: 1 });
  await insertMentee(db, { n: 1, status: 'matched' });
  await insertMentee(db, { n: 2, status: 'accepted' });
  await insertMentorship(db, 1, 1, 1, 'active');
  await insertMentorship(db, 2, 1, 2, 'proposed');
});
afterAll(() => subgraph.stop());

const MINE = `query ($status: MentorshipStatus) { me { id mentor { id } mentorships(status: $status) { totalCount edges { node { id status mentor { id } } } } } }`;

test('a mentor reads her profile and her mentorships through me', async () => {
  const { body } = await subgraph.query<{
    me: { mentor: { id: string }; mentorships: { totalCount: number; edges: { node: { id: string } }[] } };
  }>(MINE, as.mentor(1));
  expect(body.errors).toBeUndefined();
  expect(body.data!.me.mentor.id).toBe(id('a', 1));
  expect(body.data!.me.mentorships.edges.map((e) => e.node.id)).toEqual([id('c', 1), id('c', 2)]);
  const proposed = await subgraph.query<{ me: { mentorships: { totalCount: number } } }>(MINE, as.mentor(1), { status: 'PROPOSED' });
  expect(proposed.body.data!.me.mentorships.totalCount).toBe(1);
});

test('a mentee sees her proposal (not her mentor contact)', async () => {
  const { body } = await subgraph.query<{ me: { mentorships: { edges: { node: { status: string; mentor: { id: string } } }[] } } }>(
    MINE,
    as.mentee(2),
  );
  expect(body.data!.me.mentorships.edges.map((e) => e.node)).toEqual([{ id: id('c', 2), status: 'PROPOSED', mentor: { id: id('a', 1) } }]);
  const contact = await subgraph.query('{ me { mentorships { edges { node { mentor { email } } } } } }', as.mentee(2));
  expect(contact.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

test("another account's mentorships are refused (FORBIDDEN), given to coordinators", async () => {
  const q = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Account { mentorships { totalCount } } } }';
  const r = [{ __typename: 'Account', id: 'mentor-1' }];
  expect((await subgraph.query(q, as.mentee(1), { r })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const coordinator = await subgraph.query<{ _entities: { mentorships: { totalCount: number } }[] }>(q, as.role('COORDINATOR'), { r });
  expect(coordinator.body.data!._entities[0].mentorships.totalCount).toBe(2);
});
