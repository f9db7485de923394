// Programme figures (totals, per commune, per month, periods) and inspiration events.
import { startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { mentoring } from '../src/service';
import { as, auditRows, id, insertMentee, insertMentor, insertMentorship } from './fixtures';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(mentoring);
  const db = subgraph.dataSource!;
  await insertMentor(db, { n: 1 });
  await insertMentor(db, { n: 2, published: false });
  for (const n of [1, 2, 3]) await insertMentee(db, { n, commune: '92050' });
  await insertMentee(db, { n: 4, commune: '92002' });
  await db.query(`UPDATE mentee SET created_at = '2025-01-01T00:00:00Z'`);
  await db.query(`UPDATE mentee SET created_at = '2024-06-01T00:00:00Z' WHERE id = $1`, [id('b', 4)]);
  await insertMentorship(db, 1, 1, 1, 'completed');
  await insertMentorship(db, 2, 1, 2, 'ended');
  await insertMentorship(db, 3, 1, 3, 'active');
  await db.query(`UPDATE mentorship SET started_at = '2025-01-11T00:00:00Z', ended_at = '2025-07-01T00:00:00Z'`);
  await db.query(`UPDATE mentorship SET ended_at = NULL WHERE status = 'active'`);
  await db.query(
    `INSERT INTO mentoring_session (id, mentorship_id, held_on, duration_minutes, format, topics) VALUES
    ($1, $3, '2025-02-01', 90, 'REMOTE', '{}'), ($2, $3, '2025-03-01', 30, 'REMOTE', '{}')`,
    [id('d', 1), id('d', 2), id('c', 1)],
  );
  await db.query(
    `INSERT INTO satisfaction_survey (id, mentorship_id, respondent, rating, would_recommend, submitted_at) VALUES
    ($1, $3, 'MENTEE', 5, true, '2025-07-02'), ($2, $3, 'MENTOR', 4, true, '2025-07-03')`,
    [id('d', 3), id('d', 4), id('c', 1)],
  );
});
afterAll(() => subgraph.stop());

const FIGURES = `query ($period: PeriodInput) { programmeFigures(period: $period) {
  total { applications matchesStarted averageDaysToMatch activeMatches sessions sessionHours completionRate averageSatisfaction }
  byCommune { commune { code } counts { applications activeMatches } } } }`;

test('programme figures for a period: applications, time to match, active matches, sessions, completion, satisfaction, per commune', async () => {
  const { body } = await subgraph.query<{
    programmeFigures: { total: unknown; byCommune: { commune: { code: string }; counts: unknown }[] };
  }>(FIGURES, as.role('COORDINATOR'), { period: { from: '2025-01-01', to: '2025-12-31' } });
  expect(body.errors).toBeUndefined();
  expect(body.data!.programmeFigures.total).toEqual({
    applications: 3,
    matchesStarted: 3,
    averageDaysToMatch: 10,
    activeMatches: 1,
    sessions: 2,
    sessionHours: 2,
    completionRate: 0.5,
    averageSatisfaction: 4.5,
  });
  const byCommune = body.data!.programmeFigures.byCommune;
  expect(byCommune).toHaveLength(36);
  expect(byCommune.find((c) => c.commune.code === '92050')!.counts).toEqual({ applications: 3, activeMatches: 1 });
  expect(byCommune.find((c) => c.commune.code === '92002')!.counts).toEqual({ applications: 0, activeMatches: 0 });
  const all = await subgraph.query<{ programmeFigures: { total: { applications: number } } }>(FIGURES, as.role('ANALYST'));
  expect(all.body.data!.programmeFigures.total.applications).toBe(4);
  expect((await auditRows(subgraph.dataSource!, 'programme-figures.read')).length).toBe(2);
});

test('programme figures month by month: each month its own events; active = running at the end of the month', async () => {
  const { body } = await subgraph.query<{ programmeFigures: { byMonth: { month: string; counts: Record<string, number | null> }[] } }>(
    `query ($period: PeriodInput) { programmeFigures(period: $period) { byMonth { month counts { applications matchesStarted activeMatches sessions completionRate averageSatisfaction } } } }`,
    as.role('ANALYST'),
    { period: { from: '2025-01-01', to: '2025-07-31' } },
  );
  expect(body.errors).toBeUndefined();
  const months = body.data!.programmeFigures.byMonth;
  expect(months.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07']);
  expect(months[0].counts).toEqual({
    applications: 3,
    matchesStarted: 3,
    activeMatches: 3,
    sessions: 0,
    completionRate: null,
    averageSatisfaction: null,
  });
  expect(months[1].counts).toMatchObject({ applications: 0, activeMatches: 3, sessions: 1 });
  expect(months[6].counts).toMatchObject({ activeMatches: 1, completionRate: 0.5, averageSatisfaction: 4.5 });
  const tooLong = await subgraph.query(
    '{ programmeFigures(period: { from: "2015-01-01", to: "2025-01-01" }) { byMonth { month } } }',
    as.role('ANALYST'),
  );
  expect(tooLong.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test.each([
  ['an anonymous reader', 'UNAUTHENTICATED', as.anonymous],
  ['a mentor', 'FORBIDDEN', as.mentor(1)],
  ['a mentee', 'FORBIDDEN', as.mentee(1)],
  ['a trainer', 'FORBIDDEN', as.role('TRAINER')],
] as const)('programme figures are refused to %s (%s)', async (_who, code, who) => {
  const { body } = await subgraph.query(FIGURES, who);
  expect(body.errors?.[0].extensions?.code).toBe(code);
});

test('a bad period is BAD_USER_INPUT', async () => {
  const { body } = await subgraph.query(FIGURES, as.role('ANALYST'), { period: { from: '2025-12-01', to: '2025-01-01' } });
  expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

describe('inspiration events', () => {
  const CREATE = `mutation ($input: InspirationEventInput!) { createInspirationEvent(input: $input) { id title date commune { code } audienceCount speakers { id } } }`;
  const LIST = `query ($filter: InspirationEventFilter, $first: Int, $after: String) { inspirationEvents(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { title date speakers { displayName } } } } }`;

  test('a coordinator records talks; anyone lists them, most recent first, showing public speakers only', async () => {
    for (const [title, date, commune] of [
      ['Au lycée Joliot-Curie', '2025-03-10', '92050'],
      ['À la médiathèque', '2025-05-20', '92002'],
    ]) {
      const { body } = await subgraph.query(CREATE, as.role('COORDINATOR'), {
        input: { title, date, commune, audienceCount: 120, speakerIds: [id('a', 1), id('a', 2)] },
      });
      expect(body.errors).toBeUndefined();
    }
    const page1 = await subgraph.query<{
      inspirationEvents: {
        totalCount: number;
        pageInfo: { endCursor: string; hasNextPage: boolean };
        edges: { node: { title: string; speakers: unknown[] } }[];
      };
    }>(LIST, as.anonymous, { first: 1 });
    expect(page1.body.errors).toBeUndefined();
    const events = page1.body.data!.inspirationEvents;
    expect(events.totalCount).toBe(2);
    expect(events.edges[0].node).toEqual({ title: 'À la médiathèque', date: '2025-05-20', speakers: [{ displayName: 'Mentor 1' }] });
    const page2 = await subgraph.query<{ inspirationEvents: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean } } }>(
      LIST,
      as.anonymous,
      {
        first: 1,
        after: events.pageInfo.endCursor,
      },
    );
    expect(page2.body.data!.inspirationEvents.edges.map((e) => e.node.title)).toEqual(['Au lycée Joliot-Curie']);
    const filtered = await subgraph.query<{ inspirationEvents: { totalCount: number } }>(LIST, as.anonymous, {
      filter: { commune: '92050' },
    });
    expect(filtered.body.data!.inspirationEvents.totalCount).toBe(1);
  });

  test('only coordinators record talks, with approved mentors as speakers', async () => {
    const input = { title: 'x', date: '2025-01-01', commune: '92050', audienceCount: 1, speakerIds: [id('a', 1)] };
    expect((await subgraph.query(CREATE, as.mentor(1), { input })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await subgraph.query(CREATE, as.role('COORDINATOR'), { input: { ...input, speakerIds: [id('a', 77)] } });
    expect(unknown.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
