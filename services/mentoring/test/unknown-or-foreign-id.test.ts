// Someone else's id is answered exactly as an unknown one, by every query and mutation, so ids
// cannot be probed.
import { startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import type { Identity } from '@equality-graph/auth';
import { mentoring } from '../src/service';
import { as, id, insertMentee, insertMentor, insertMentorship } from './fixtures';

/**
 * Someone who may not touch a record learns nothing from the answer: an id that exists but is
 * not hers and an id that does not exist give the same answer, byte for byte.
 */
let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(mentoring);
  const db = subgraph.dataSource!;
  for (const n of [1, 2]) await insertMentor(db, { n });
  await insertMentee(db, { n: 1, status: 'matched' });
  await insertMentee(db, { n: 2, status: 'accepted' });
  await insertMentee(db, { n: 3, status: 'applied' });
  await insertMentorship(db, 1, 1, 1, 'active'); // mentor 1 and mentee 1
  await insertMentorship(db, 2, 1, 3, 'proposed');
  await insertMentorship(db, 3, 2, 2, 'completed'); // mentor 2 and mentee 2 (a closed one of theirs)
  await db.query(`INSERT INTO goal (id, mentorship_id, title, status, milestones) VALUES ($1, $2, 'Un stage', 'OPEN', '[]')`, [
    id('d', 1),
    id('c', 1),
  ]);
  await insertMentorship(db, 4, 1, 2, 'completed'); // closed, foreign to mentor 2
});
afterAll(() => subgraph.stop());

const UNKNOWN = { mentee: id('b', 99), mentorship: id('c', 99), goal: id('d', 99) };
const FOREIGN = { mentee: id('b', 1), mentorship: id('c', 1), goal: id('d', 1) };

interface Case {
  query: string;
  who: Identity;
  variables: (ids: typeof UNKNOWN) => Record<string, unknown>;
}

const session = { date: '2025-03-12', durationMinutes: 60, format: 'REMOTE', topics: ['cv'] };
const MUTATIONS: Record<string, Case> = {
  withdrawMentee: {
    query: 'mutation ($id: ID!) { withdrawMentee(id: $id) { id } }',
    who: as.mentee(2),
    variables: (i) => ({ id: i.mentee }),
  },
  acceptMatch: { query: 'mutation ($id: ID!) { acceptMatch(id: $id) { id } }', who: as.mentor(2), variables: () => ({ id: id('c', 2) }) },
  declineMatch: { query: 'mutation ($id: ID!) { declineMatch(id: $id) { id } }', who: as.mentee(2), variables: () => ({ id: id('c', 2) }) },
  endMatch: {
    query: 'mutation ($id: ID!) { endMatch(id: $id, reason: "fin") { id } }',
    who: as.mentor(2),
    variables: (i) => ({ id: i.mentorship }),
  },
  completeMatch: {
    query: 'mutation ($id: ID!) { completeMatch(id: $id) { id } }',
    who: as.mentor(2),
    variables: (i) => ({ id: i.mentorship }),
  },
  logSession: {
    query: 'mutation ($id: ID!, $input: SessionInput!) { logSession(mentorshipId: $id, input: $input) { id } }',
    who: as.mentee(2),
    variables: (i) => ({ id: i.mentorship, input: session }),
  },
  addGoal: {
    query: 'mutation ($id: ID!) { addGoal(mentorshipId: $id, input: { title: "Un but", milestones: [] }) { id } }',
    who: as.mentor(2),
    variables: (i) => ({ id: i.mentorship }),
  },
  updateGoal: {
    query: 'mutation ($id: ID!) { updateGoal(id: $id, status: DROPPED) { id } }',
    who: as.mentee(2),
    variables: (i) => ({ id: i.goal }),
  },
  submitSatisfactionSurvey: {
    query: 'mutation ($id: ID!) { submitSatisfactionSurvey(mentorshipId: $id, input: { rating: 3, wouldRecommend: false }) { rating } }',
    who: as.mentor(2),
    variables: () => ({ id: id('c', 4) }),
  },
};

const unknownIds = (c: Case) => {
  const foreign = c.variables(FOREIGN);
  const unknown = c.variables(UNKNOWN);
  // Cases whose foreign id is fixed (a proposal, a closed mentorship) use the unknown mentorship id.
  return JSON.stringify(foreign) === JSON.stringify(unknown) ? { ...unknown, id: UNKNOWN.mentorship } : unknown;
};

test.each(Object.entries(MUTATIONS))('%s answers a foreign id exactly as an unknown one (NOT_FOUND)', async (_name, c) => {
  const foreign = await subgraph.query(c.query, c.who, c.variables(FOREIGN));
  const unknown = await subgraph.query(c.query, c.who, unknownIds(c));
  const answer = (body: typeof foreign.body) => ({ message: body.errors?.[0]?.message, code: body.errors?.[0]?.extensions?.code });
  expect(answer(foreign.body)).toEqual(answer(unknown.body));
  expect(answer(foreign.body).code).toBe('NOT_FOUND');
});

test('the foreign records were left as they were', async () => {
  const rows = await subgraph.dataSource!.query(
    `SELECT (SELECT status FROM mentee WHERE id = $1) AS mentee, (SELECT string_agg(status, ',' ORDER BY id) FROM mentorship) AS mentorships,
            (SELECT count(*)::int FROM mentoring_session) AS sessions, (SELECT count(*)::int FROM goal) AS goals,
            (SELECT status FROM goal WHERE id = $2) AS goal, (SELECT count(*)::int FROM satisfaction_survey) AS surveys`,
    [id('b', 1), id('d', 1)],
  );
  expect(rows[0]).toEqual({
    mentee: 'matched',
    mentorships: 'active,proposed,completed,completed',
    sessions: 0,
    goals: 1,
    goal: 'OPEN',
    surveys: 0,
  });
});

const QUERIES: Record<string, Case> = {
  mentee: { query: 'query ($id: ID!) { mentee(id: $id) { id firstName } }', who: as.mentor(2), variables: (i) => ({ id: i.mentee }) },
  'mentee (a mentee asking)': {
    query: 'query ($id: ID!) { mentee(id: $id) { id firstName } }',
    who: as.mentee(2),
    variables: (i) => ({ id: i.mentee }),
  },
  mentorship: {
    query: 'query ($id: ID!) { mentorship(id: $id) { id status } }',
    who: as.mentor(2),
    variables: (i) => ({ id: i.mentorship }),
  },
  'mentorship (a mentee asking)': {
    query: 'query ($id: ID!) { mentorship(id: $id) { id status } }',
    who: as.mentee(2),
    variables: (i) => ({ id: i.mentorship }),
  },
  'Account.mentee': {
    query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Account { mentee { id firstName } } } }',
    who: as.mentor(2),
    variables: (i) => ({ r: [{ __typename: 'Account', id: i === FOREIGN ? 'mentee-1' : 'nobody' }] }),
  },
};

test.each(Object.entries(QUERIES))('%s gives null, and the same body, for a foreign id and an unknown one', async (_name, c) => {
  const foreign = await subgraph.query(c.query, c.who, c.variables(FOREIGN));
  const unknown = await subgraph.query(c.query, c.who, c.variables(UNKNOWN));
  expect(JSON.stringify(foreign.body)).toBe(JSON.stringify(unknown.body));
  expect(foreign.body.errors).toBeUndefined();
  expect(JSON.stringify(foreign.body.data)).not.toContain('Mentee1');
});

test('a caller without any mentoring role is still told so (FORBIDDEN), and an anonymous one to sign in', async () => {
  const suggest = 'query ($id: ID!) { matchSuggestions(menteeId: $id) { score } }';
  expect((await subgraph.query(suggest, as.mentor(2), { id: UNKNOWN.mentee })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const mentee = 'query ($id: ID!) { mentee(id: $id) { id } }';
  expect((await subgraph.query(mentee, as.anonymous, { id: FOREIGN.mentee })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});
