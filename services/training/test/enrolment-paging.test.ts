// Enrolment lists paged by keyset: microsecond cursors that neither repeat nor skip a place, and
// many parents' pages in one statement.
import { identity, readCounter, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { training } from '../src/service';
import { insertCourse, insertSession } from './fixtures';

let subgraph: TestSubgraph;
const sessions: string[] = [];
beforeAll(async () => {
  subgraph = await startTestSubgraph(training);
  const db = subgraph.dataSource!;
  const courseId = await insertCourse(db);
  for (let s = 0; s < 10; s += 1) sessions.push(await insertSession(db, courseId, { capacity: 5, trainer: 'trainer-p' }));
  // Session 0: seven places one microsecond apart (a millisecond cursor would repeat or skip them),
  // the last two waitlisted. Person 'multi' holds a place in each of the ten sessions.
  await db.query(
    `INSERT INTO enrolment (id, session_id, account_id, display_name, sector, status, enrolled_at)
     SELECT gen_random_uuid(), $1, 'p' || n, 'P' || n, 'health', CASE WHEN n <= 5 THEN 'booked' ELSE 'waitlisted' END,
            timestamptz '2030-01-01 10:00:00.123000+00' + n * interval '1 microsecond'
       FROM generate_series(1, 7) n`,
    [sessions[0]],
  );
  await db.query(
    `INSERT INTO enrolment (id, session_id, account_id, display_name, sector, status, enrolled_at)
     SELECT gen_random_uuid(), s, 'multi', 'Multi', 'justice', 'booked', timestamptz '2029-06-01 00:00+00' + i * interval '1 day'
       FROM unnest($1::uuid[]) WITH ORDINALITY AS x(s, i)`,
    [sessions],
  );
});
afterAll(() => subgraph.stop());

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { displayName: string } }[];
};
const LIST = `query ($id: ID!, $status: EnrolmentStatus, $first: Int, $after: String) {
  trainingSession(id: $id) { enrolments(status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { displayName } } } } }`;
const statements = () => readCounter(subgraph.metricsUrl, 'db_statements_total');

async function walk(variables: Record<string, unknown>, first: number): Promise<{ names: string[]; totals: number[] }> {
  const names: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  do {
    const r = await subgraph.query<{ trainingSession: { enrolments: Page } }>(LIST, identity('TRAINER', 'trainer-p'), {
      ...variables,
      first,
      after,
    });
    expect(r.body.errors).toBeUndefined();
    const page: Page = r.body.data!.trainingSession.enrolments;
    names.push(...page.edges.map((e) => e.node.displayName));
    totals.push(page.totalCount);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { names, totals };
}

test("a session's participants are paged in SQL in enrolment order, to the microsecond, with or without a status filter", async () => {
  const all = await walk({ id: sessions[0] }, 3);
  expect(all.names).toEqual(['Multi', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']);
  expect(all.totals).toEqual([8, 8, 8]);
  const waitlisted = await walk({ id: sessions[0], status: 'WAITLISTED' }, 1);
  expect(waitlisted).toEqual({ names: ['P6', 'P7'], totals: [2, 2] });
  const bogus = await subgraph.query(LIST, identity('COORDINATOR'), {
    id: sessions[0],
    after: Buffer.from('c:2030|x').toString('base64url'),
  });
  expect(bogus.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test('a person reads her enrolments most recent first, page by page', async () => {
  const seen: string[] = [];
  let after: string | null = null;
  do {
    type Mine = Omit<Page, 'edges'> & { edges: { node: { session: { id: string } } }[] };
    const r: { body: { data?: { me: { enrolments: Mine } } | null } } = await subgraph.query<{ me: { enrolments: Mine } }>(
      'query ($after: String) { me { enrolments(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { session { id } } } } } }',
      identity('PROFESSIONAL', 'multi'),
      { after },
    );
    const page: Mine = r.body.data!.me.enrolments;
    expect(page.totalCount).toBe(10);
    seen.push(...page.edges.map((e) => e.node.session.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  expect(seen).toEqual([...sessions].reverse());
});

test('the first pages of N sessions or N accounts cost the same few statements for 2 parents as for 10', async () => {
  const SESSION_PAGES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on TrainingSession {
    enrolments(first: 2) { totalCount edges { node { displayName } } } } } }`;
  const ACCOUNT_PAGES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Account {
    enrolments(first: 2) { totalCount edges { node { displayName } } } } } }`;
  const counts: Record<string, number[]> = { sessions: [], accounts: [] };
  for (const n of [2, 10]) {
    let before = await statements();
    const bySession = await subgraph.query<{ _entities: { enrolments: Page }[] }>(SESSION_PAGES, identity('COORDINATOR'), {
      r: sessions.slice(0, n).map((id) => ({ __typename: 'TrainingSession', id })),
    });
    counts.sessions.push((await statements()) - before);
    expect(bySession.body.data!._entities[0].enrolments).toMatchObject({
      totalCount: 8,
      edges: [{ node: { displayName: 'Multi' } }, { node: { displayName: 'P1' } }],
    });
    expect(bySession.body.data!._entities[1].enrolments.totalCount).toBe(1);

    before = await statements();
    const accounts = ['multi', ...Array.from({ length: n - 1 }, (_, i) => `p${i + 1}`)];
    const byAccount = await subgraph.query<{ _entities: { enrolments: Page }[] }>(ACCOUNT_PAGES, identity('COORDINATOR'), {
      r: accounts.map((id) => ({ __typename: 'Account', id })),
    });
    counts.accounts.push((await statements()) - before);
    expect(byAccount.body.data!._entities.map((e) => e.enrolments.totalCount)).toEqual([
      10,
      ...accounts.slice(1).map((a) => (Number(a.slice(1)) <= 7 ? 1 : 0)), // p8, p9 have none
    ]);
  }
  // Sessions: the sessions, their courses (visibility), the pages, one audit INSERT.
  // Accounts: the pages, one audit INSERT.
  expect(counts).toEqual({ sessions: [4, 4], accounts: [2, 2] });
});
