// Inside a mentorship: sessions, goals and surveys, for the two participants only.
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
});
afterAll(() => subgraph.stop());

const active = id('c', 1);
const SESSION = `mutation ($m: ID!, $input: SessionInput!) { logSession(mentorshipId: $m, input: $input) { id date durationMinutes format topics notes } }`;
const session = {
  date: '2025-03-12',
  durationMinutes: 90,
  format: 'REMOTE',
  topics: ['CV', 'Entretien'],
  notes: 'Elle doute de son projet.',
};

describe('sessions', () => {
  beforeAll(async () => {
    const { body } = await subgraph.query(SESSION, as.mentor(1), { m: active, input: session });
    expect(body.errors).toBeUndefined();
    await subgraph.query(SESSION, as.mentee(1), { m: active, input: { ...session, date: '2025-04-02', notes: null } });
  });

  test('are logged by a participant of an active mentorship and listed most recent first', async () => {
    const { body } = await subgraph.query<{
      mentorship: { sessions: { totalCount: number; edges: { node: { date: string; topics: string[] } }[] } };
    }>(`query ($id: ID!) { mentorship(id: $id) { sessions(first: 5) { totalCount edges { node { date topics } } } } }`, as.mentee(1), {
      id: active,
    });
    expect(body.data!.mentorship.sessions.totalCount).toBe(2);
    expect(body.data!.mentorship.sessions.edges.map((e) => e.node)).toEqual([
      { date: '2025-04-02', topics: ['cv', 'entretien'] },
      { date: '2025-03-12', topics: ['cv', 'entretien'] },
    ]);
  });

  test('cannot be logged by anyone else, on a closed mentorship, or in the future', async () => {
    expect((await subgraph.query(SESSION, as.mentor(2), { m: active, input: session })).body.errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await subgraph.query(SESSION, as.role('COORDINATOR'), { m: active, input: session })).body.errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await subgraph.query(SESSION, as.anonymous, { m: active, input: session })).body.errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await subgraph.query(SESSION, as.mentor(2), { m: id('c', 2), input: session })).body.errors?.[0].extensions?.code).toBe(
      'CONFLICT',
    );
    const future = await subgraph.query(SESSION, as.mentor(1), { m: active, input: { ...session, date: '2999-01-01' } });
    expect(future.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.date' });
  });

  const NOTES = `query ($id: ID!) { mentorship(id: $id) { sessions { edges { node { date notes } } } } }`;
  test.each([
    ['the mentor', as.mentor(1)],
    ['the mentee', as.mentee(1)],
  ])('notes are given to %s', async (_who, who) => {
    const { body } = await subgraph.query<{ mentorship: { sessions: { edges: { node: { notes: string | null } }[] } } }>(NOTES, who, {
      id: active,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.mentorship.sessions.edges.map((e) => e.node.notes)).toEqual([null, 'Elle doute de son projet.']);
  });

  test.each([
    ['a coordinator', 'FORBIDDEN', as.role('COORDINATOR')],
    ['an admin', 'FORBIDDEN', as.role('ADMIN')],
  ] as const)('notes are refused to %s (%s), who still sees the rest of the session', async (_who, code, who) => {
    const { body } = await subgraph.query<{ mentorship: { sessions: { edges: { node: { date: string } | null }[] } } | null }>(
      `query ($id: ID!) { mentorship(id: $id) { sessions { edges { node { date notes } } } } }`,
      who,
      { id: active },
    );
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual([code, code]);
    expect(JSON.stringify(body.data)).not.toContain('doute');
    const dates = await subgraph.query<{ mentorship: { sessions: { edges: { node: { date: string } }[] } } }>(
      `query ($id: ID!) { mentorship(id: $id) { sessions { edges { node { date durationMinutes } } } } }`,
      who,
      { id: active },
    );
    expect(dates.body.data!.mentorship.sessions.edges).toHaveLength(2);
  });

  // A signed-in outsider gets what an unknown id gives: null, no error.
  test.each([
    ['an anonymous reader', 'UNAUTHENTICATED', as.anonymous],
    ['another mentor', null, as.mentor(2)],
    ['another mentee', null, as.mentee(2)],
    ['an analyst', null, as.role('ANALYST')],
  ] as const)('the mentorship itself is refused to %s (%s)', async (_who, code, who) => {
    const { body } = await subgraph.query(NOTES, who, { id: active });
    expect(body.errors?.[0].extensions?.code ?? null).toBe(code);
    expect(body.data?.mentorship ?? null).toBeNull();
  });
});

describe('goals', () => {
  test('a participant sets a goal with milestones, then ticks milestones and changes its status', async () => {
    const add = await subgraph.query<{ addGoal: { id: string; status: string; milestones: { title: string; done: boolean }[] } }>(
      `mutation ($m: ID!) { addGoal(mentorshipId: $m, input: { title: "Décrocher un stage", milestones: ["CV", "Trois candidatures"] }) { id status milestones { title done } } }`,
      as.mentee(1),
      { m: active },
    );
    expect(add.body.data!.addGoal).toMatchObject({
      status: 'OPEN',
      milestones: [
        { title: 'cv', done: false },
        { title: 'trois candidatures', done: false },
      ],
    });
    const goalId = add.body.data!.addGoal.id;
    const update = await subgraph.query<{ updateGoal: { status: string; milestones: { done: boolean }[] } }>(
      `mutation ($id: ID!) { updateGoal(id: $id, status: IN_PROGRESS, milestonesDone: [0]) { status milestones { done } } }`,
      as.mentor(1),
      { id: goalId },
    );
    expect(update.body.data!.updateGoal).toEqual({ status: 'IN_PROGRESS', milestones: [{ done: true }, { done: false }] });
    const bad = await subgraph.query(`mutation ($id: ID!) { updateGoal(id: $id, milestonesDone: [5]) { status } }`, as.mentor(1), {
      id: goalId,
    });
    expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const other = await subgraph.query(`mutation ($id: ID!) { updateGoal(id: $id, status: DROPPED) { status } }`, as.mentor(2), {
      id: goalId,
    });
    expect(other.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const read = await subgraph.query<{ mentorship: { goals: { status: string }[] } }>(
      `query ($id: ID!) { mentorship(id: $id) { goals { status } } }`,
      as.role('COORDINATOR'),
      { id: active },
    );
    expect(read.body.data!.mentorship.goals).toEqual([{ status: 'IN_PROGRESS' }]);
  });
});

describe('satisfaction survey', () => {
  const SURVEY = `mutation ($m: ID!, $input: SurveyInput!) { submitSatisfactionSurvey(mentorshipId: $m, input: $input) { respondent rating wouldRecommend comment } }`;
  test('each participant answers once, after the mentorship closed', async () => {
    const input = { rating: 5, wouldRecommend: true, comment: 'Merci !' };
    expect((await subgraph.query(SURVEY, as.mentee(1), { m: active, input })).body.errors?.[0].extensions?.code).toBe('CONFLICT'); // still active
    const mentee = await subgraph.query<{ submitSatisfactionSurvey: unknown }>(SURVEY, as.mentee(2), { m: id('c', 2), input });
    expect(mentee.body.data!.submitSatisfactionSurvey).toEqual({
      respondent: 'MENTEE',
      rating: 5,
      wouldRecommend: true,
      comment: 'Merci !',
    });
    expect((await subgraph.query(SURVEY, as.mentee(2), { m: id('c', 2), input })).body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const mentor = await subgraph.query<{ submitSatisfactionSurvey: { respondent: string } }>(SURVEY, as.mentor(2), {
      m: id('c', 2),
      input: { rating: 4, wouldRecommend: true },
    });
    expect(mentor.body.data!.submitSatisfactionSurvey.respondent).toBe('MENTOR');
    expect((await subgraph.query(SURVEY, as.mentor(1), { m: id('c', 2), input })).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const rating = await subgraph.query(SURVEY, as.mentor(2), { m: id('c', 2), input: { rating: 6, wouldRecommend: true } });
    expect(rating.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
