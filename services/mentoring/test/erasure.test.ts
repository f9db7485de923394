// The right to erasure of one account (deleteMyData): her mentor and mentee records anonymised,
// her open mentorships closed.
import { startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { mentoring } from '../src/service';
import { as, id, insertMentee, insertMentor, insertMentorship } from './fixtures';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(mentoring);
  const db = subgraph.dataSource!;
  await insertMentor(db, { n: 1 });
  await insertMentor(db, { n: 2 });
  await insertMentee(db, { n: 1, status: 'matched' });
  await insertMentee(db, { n: 2, status: 'alumna' });
  await insertMentorship(db, 1, 1, 1, 'active');
  await insertMentorship(db, 2, 2, 2, 'completed');
  await insertMentorship(db, 3, 1, 2, 'completed');
  await db.query(
    `INSERT INTO mentoring_session (id, mentorship_id, held_on, duration_minutes, format, topics, notes) VALUES ($1, $2, '2025-01-10', 60, 'REMOTE', '{cv}', 'Notes privées')`,
    [id('d', 1), id('c', 1)],
  );
  await db.query(
    `INSERT INTO goal (id, mentorship_id, title, status, milestones) VALUES ($1, $2, 'Intégrer une école de commerce', 'OPEN', '[{"title":"Dossier","done":false}]')`,
    [id('d', 2), id('c', 1)],
  );
  await db.query(
    `INSERT INTO satisfaction_survey (id, mentorship_id, respondent, rating, would_recommend, comment) VALUES ($1, $2, 'MENTEE', 5, true, 'Mon mentor Paul m''a aidée')`,
    [id('d', 3), id('c', 3)],
  );
});
afterAll(() => subgraph.stop());

const ERASE = 'mutation { deleteMyData { mentorErased menteeErased } }';
const counts = async () =>
  (
    await subgraph.dataSource!.query(
      `SELECT (SELECT count(*) FROM mentee)::int AS mentees, (SELECT count(*) FROM mentorship)::int AS mentorships,
            (SELECT count(*) FROM mentoring_session)::int AS sessions, (SELECT sum(duration_minutes) FROM mentoring_session)::int AS minutes,
            (SELECT avg(rating) FROM satisfaction_survey)::float AS rating`,
    )
  )[0];

test('a mentee erases her data: personal fields and free text go, aggregates stay, her mentorship ends', async () => {
  const before = await counts();
  const { body } = await subgraph.query<{ deleteMyData: unknown }>(ERASE, as.mentee(1));
  expect(body.data!.deleteMyData).toEqual({ mentorErased: false, menteeErased: true });
  const db = subgraph.dataSource!;
  const [mentee] = await db.query('SELECT * FROM mentee WHERE id = $1', [id('b', 1)]);
  expect(mentee).toMatchObject({
    account_id: null,
    first_name: '(erased)',
    birth_year: null,
    situation: '',
    project_summary: '',
    availability: '',
    status: 'withdrawn',
    commune_code: '92050',
  });
  expect(mentee.erased_at).not.toBeNull();
  const [mentorship] = await db.query('SELECT status, end_reason FROM mentorship WHERE id = $1', [id('c', 1)]);
  expect(mentorship).toEqual({ status: 'ended', end_reason: 'erasure' });
  expect((await db.query('SELECT notes FROM mentoring_session WHERE id = $1', [id('d', 1)]))[0].notes).toBeNull();
  expect((await db.query('SELECT title, milestones FROM goal WHERE id = $1', [id('d', 2)]))[0]).toEqual({
    title: '(erased)',
    milestones: [{ title: '(erased)', done: false }],
  });
  expect(await counts()).toEqual(before);
  const text = JSON.stringify(await db.query('SELECT * FROM mentee WHERE id = $1', [id('b', 1)]));
  expect(text).not.toMatch(/Mentee1|cabinet|mercredi|mentee-1/);

  // Her former account finds nothing any more; a second erasure is a no-op.
  const me = await subgraph.query<{ _entities: { mentee: unknown }[] }>(
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Account { mentee { id } } } }',
    as.mentee(1),
    {
      r: [{ __typename: 'Account', id: 'mentee-1' }],
    },
  );
  expect(me.body.data!._entities[0].mentee).toBeNull();
  expect((await subgraph.query<{ deleteMyData: unknown }>(ERASE, as.mentee(1))).body.data!.deleteMyData).toEqual({
    mentorErased: false,
    menteeErased: false,
  });
});

test('a mentor erases her data: profile, contact and survey comments about her mentorships go; she leaves the public list', async () => {
  const { body } = await subgraph.query<{ deleteMyData: unknown }>(ERASE, as.mentor(1));
  expect(body.data!.deleteMyData).toEqual({ mentorErased: true, menteeErased: false });
  const db = subgraph.dataSource!;
  const [mentor] = await db.query('SELECT * FROM mentor WHERE id = $1', [id('a', 1)]);
  expect(mentor).toMatchObject({
    account_id: null,
    display_name: '(erased)',
    headline: null,
    bio: null,
    email: null,
    phone: null,
    published: false,
    status: 'suspended',
  });
  expect((await db.query('SELECT comment, rating FROM satisfaction_survey WHERE id = $1', [id('d', 3)]))[0]).toEqual({
    comment: null,
    rating: 5,
  });
  const list = await subgraph.query<{ mentors: { edges: { node: { id: string } }[] } }>(
    '{ mentors { edges { node { id } } } }',
    as.anonymous,
  );
  expect(list.body.data!.mentors.edges.map((e) => e.node.id)).toEqual([id('a', 2)]);
  // Completed mentorships still count in the figures.
  const figures = await subgraph.query<{ programmeFigures: { total: { completionRate: number; averageSatisfaction: number } } }>(
    '{ programmeFigures { total { completionRate averageSatisfaction } } }',
    as.role('ANALYST'),
  );
  expect(figures.body.data!.programmeFigures.total.averageSatisfaction).toBe(5);
});

test('erasure needs a signed-in caller', async () => {
  expect((await subgraph.query(ERASE, as.anonymous)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

test('when a mentor erases her data, her active mentee goes back to the pool of accepted mentees', async () => {
  const db = subgraph.dataSource!;
  await insertMentor(db, { n: 7 });
  await insertMentee(db, { n: 7, status: 'matched' });
  await insertMentorship(db, 7, 7, 7, 'active');
  const { body } = await subgraph.query<{ deleteMyData: unknown }>(ERASE, as.mentor(7));
  expect(body.data!.deleteMyData).toEqual({ mentorErased: true, menteeErased: false });
  expect((await db.query('SELECT status FROM mentorship WHERE id = $1', [id('c', 7)]))[0].status).toBe('ended');
  expect((await db.query('SELECT status FROM mentee WHERE id = $1', [id('b', 7)]))[0].status).toBe('accepted');
});
