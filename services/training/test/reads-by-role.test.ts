// Who reads what in training, role by role: a session's participants, a person's enrolments,
// the year's statistics and awareness actions.
import { identity, startTestSubgraph, type TestSubgraph, errorCode as codeOf } from '@equality-graph/testing';
import type { Role } from '@equality-graph/auth';
import { training } from '../src/service';
import { ENROL, insertCourse, insertSession } from './fixtures';

let subgraph: TestSubgraph;
let sessionId: string;
beforeAll(async () => {
  subgraph = await startTestSubgraph(training);
  const courseId = await insertCourse(subgraph.dataSource!);
  sessionId = await insertSession(subgraph.dataSource!, courseId, { trainer: 'trainer-of-it' });
  for (const sub of ['ana', 'bea']) {
    await subgraph.query(ENROL, identity('PROFESSIONAL', sub), { input: { sessionId, sector: 'JUSTICE', displayName: sub } });
  }
});
afterAll(() => subgraph.stop());

const SESSION_LIST = 'query ($id: ID!) { trainingSession(id: $id) { enrolments { totalCount edges { node { displayName } } } } }';
const MY_ENROLMENTS = '{ me { id enrolments { totalCount edges { node { status session { id seatsLeft } } } } } }';
const ACCOUNT_ENROLMENTS = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Account { id enrolments { totalCount } } } }';
const STATS = '{ trainingStats(year: 2030) { year sessionCount } }';

test("a session's participants: its own trainer, coordinators and admins; every other role refused", async () => {
  const allowed: [Role, string | undefined][] = [
    ['TRAINER', 'trainer-of-it'],
    ['COORDINATOR', undefined],
    ['ADMIN', undefined],
  ];
  for (const [role, sub] of allowed) {
    const r = await subgraph.query<{ trainingSession: { enrolments: { totalCount: number } } }>(SESSION_LIST, identity(role, sub), {
      id: sessionId,
    });
    expect(r.body.data!.trainingSession.enrolments.totalCount).toBe(2);
  }
  for (const role of ['TRAINER', 'PROFESSIONAL', 'MENTOR', 'MENTEE', 'ANALYST'] as const) {
    expect(codeOf(await subgraph.query(SESSION_LIST, identity(role), { id: sessionId }))).toBe('FORBIDDEN');
  }
  expect(codeOf(await subgraph.query(SESSION_LIST, identity('PROFESSIONAL', 'ana'), { id: sessionId }))).toBe('FORBIDDEN');
  expect(codeOf(await subgraph.query(SESSION_LIST, identity(null), { id: sessionId }))).toBe('UNAUTHENTICATED');
  const [{ n }] = await subgraph.dataSource!.query(
    `SELECT count(*)::int AS n FROM audit_log WHERE action = 'enrolment.list.read' AND subject_id = $1`,
    [sessionId],
  );
  expect(n).toBe(3);
});

test('a participant sees her own enrolments; another account is hers and coordinators only', async () => {
  const mine = await subgraph.query<{
    me: {
      id: string;
      enrolments: { totalCount: number; edges: { node: { status: string; session: { id: string; seatsLeft: number } } }[] };
    };
  }>(MY_ENROLMENTS, identity('PROFESSIONAL', 'ana'));
  expect(mine.body.data!.me.enrolments.totalCount).toBe(1);
  expect(mine.body.data!.me.enrolments.edges[0].node).toEqual({ status: 'BOOKED', session: { id: sessionId, seatsLeft: 10 } });
  const ana = { r: [{ __typename: 'Account', id: 'ana' }] };
  expect(codeOf(await subgraph.query(ACCOUNT_ENROLMENTS, identity('PROFESSIONAL', 'bea'), ana))).toBe('FORBIDDEN');
  expect(codeOf(await subgraph.query(ACCOUNT_ENROLMENTS, identity('TRAINER', 'trainer-of-it'), ana))).toBe('FORBIDDEN');
  expect(codeOf(await subgraph.query(ACCOUNT_ENROLMENTS, identity(null), ana))).toBe('UNAUTHENTICATED');
  const byCoordinator = await subgraph.query(ACCOUNT_ENROLMENTS, identity('COORDINATOR'), ana);
  expect(byCoordinator.body.data).toEqual({ _entities: [{ id: 'ana', enrolments: { totalCount: 1 } }] });
});

test('training statistics by sector and commune are for analysts (and admins) only, and audited', async () => {
  expect((await subgraph.query(STATS, identity('ANALYST'))).body.data).toEqual({ trainingStats: { year: 2030, sessionCount: 0 } });
  expect((await subgraph.query(STATS, identity('ADMIN'))).body.errors).toBeUndefined();
  for (const role of ['COORDINATOR', 'TRAINER', 'PROFESSIONAL', 'MENTOR', 'MENTEE'] as const) {
    expect(codeOf(await subgraph.query(STATS, identity(role)))).toBe('FORBIDDEN');
  }
  expect(codeOf(await subgraph.query(STATS, identity(null)))).toBe('UNAUTHENTICATED');
  const [{ n }] = await subgraph.dataSource!.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'training.stats.read'`);
  expect(n).toBe(2);
});

test('awareness actions are recorded by coordinators and listed publicly, most recent first', async () => {
  const RECORD = 'mutation ($input: AwarenessActionInput!) { recordAwarenessAction(input: $input) { id format commune { code } } }';
  const input = (heldOn: string) => ({
    title: 'Intervention au collège',
    heldOn,
    communeCode: '92050',
    format: 'SCHOOL_TALK',
    participantCount: 60,
  });
  expect(codeOf(await subgraph.query(RECORD, identity('PROFESSIONAL'), { input: input('2025-03-08') }))).toBe('FORBIDDEN');
  expect(codeOf(await subgraph.query(RECORD, identity('COORDINATOR'), { input: { ...input('2025-03-08'), communeCode: '75056' } }))).toBe(
    'BAD_USER_INPUT',
  );
  expect(codeOf(await subgraph.query(RECORD, identity('COORDINATOR'), { input: { ...input('2025-13-08') } }))).toBe('BAD_USER_INPUT');
  for (const day of ['2025-03-08', '2025-11-25', '2024-11-25']) {
    const r = await subgraph.query(RECORD, identity('COORDINATOR'), { input: input(day) });
    expect(r.body.data).toMatchObject({ recordAwarenessAction: { format: 'SCHOOL_TALK', commune: { code: '92050' } } });
  }
  const LIST =
    'query ($after: String) { awarenessActions(filter: { from: "2025-01-01" }, first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { heldOn participantCount } } } }';
  type Page = {
    awarenessActions: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { heldOn: string } }[] };
  };
  const first = await subgraph.query<Page>(LIST, identity(null));
  expect(first.body.data!.awarenessActions).toMatchObject({
    totalCount: 2,
    pageInfo: { hasNextPage: true },
    edges: [{ node: { heldOn: '2025-11-25' } }],
  });
  const second = await subgraph.query<Page>(LIST, identity(null), { after: first.body.data!.awarenessActions.pageInfo.endCursor });
  expect(second.body.data!.awarenessActions).toMatchObject({
    pageInfo: { hasNextPage: false },
    edges: [{ node: { heldOn: '2025-03-08' } }],
  });
});
