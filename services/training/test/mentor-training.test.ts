// Training's fields on mentoring's Mentor through _entities: certificates behind their rule and
// the awareness-course flag.
import { randomUUID } from 'node:crypto';
import { identity, readCounter, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { training } from '../src/service';
import { newVerificationCode } from '../src/data/certificates';
import { insertCourse, insertSession } from './fixtures';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(training);
  const db = subgraph.dataSource!;
  const awareness = await insertCourse(db, { title: 'Sensibilisation des mentors', mentorAwareness: true, sectors: ['association'] });
  const anna = await insertCourse(db, { title: 'Kit Anna' });
  const awarenessSession = await insertSession(db, awareness, { startsAt: '2024-02-01T17:00:00Z', status: 'completed' });
  const annaSession = await insertSession(db, anna, { startsAt: '2024-03-01T09:00:00Z', status: 'completed' });
  // Mentors 1..50: odd ones hold the awareness certificate, mentor 2 only the Anna one.
  for (let n = 1; n <= 50; n++) {
    const session = n % 2 === 1 ? awarenessSession : n === 2 ? annaSession : null;
    if (!session) continue;
    const enrolment = randomUUID();
    await db.query(
      `INSERT INTO enrolment (id, session_id, account_id, display_name, sector, status, attendance) VALUES ($1, $2, $3, $4, 'association', 'booked', 'full')`,
      [enrolment, session, `acct-${n}`, `Mentor ${n}`],
    );
    await db.query(
      `INSERT INTO certificate (id, enrolment_id, course_id, account_id, holder_name, completed_on, verification_code)
       VALUES ($1, $2, $3, $4, $5, '2024-02-01', $6)`,
      [randomUUID(), enrolment, session === awarenessSession ? awareness : anna, `acct-${n}`, `Mentor ${n}`, newVerificationCode()],
    );
  }
});
afterAll(() => subgraph.stop());

const MENTORS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Mentor { id awarenessTrained certificates { holderName course { title } } } } }`;
const AWARENESS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Mentor { id awarenessTrained } } }`;
const mentor = (n: number, accountId: string | null = `acct-${n}`) => ({ __typename: 'Mentor', id: `m-${n}`, accountId });
type Mentors = {
  _entities: { id: string; awarenessTrained: boolean; certificates?: { holderName: string; course: { title: string } }[] }[];
};

test('50 mentors with their certificates cost a constant number of SQL statements (certificates, courses, audit)', async () => {
  const representations = Array.from({ length: 50 }, (_, i) => mentor(i + 1));
  const before = await readCounter(subgraph.metricsUrl, 'db_statements_total');
  const { body } = await subgraph.query<Mentors>(MENTORS, identity('COORDINATOR'), { r: representations });
  const statements = (await readCounter(subgraph.metricsUrl, 'db_statements_total')) - before;
  expect(body.errors).toBeUndefined();
  // awareness (1) + certificates (1) + their courses (1) + one audit INSERT for the 50 reads (1)
  expect(statements).toBe(4);
  const byId = new Map(body.data!._entities.map((m) => [m.id, m]));
  expect(byId.get('m-1')).toEqual({
    id: 'm-1',
    awarenessTrained: true,
    certificates: [{ holderName: 'Mentor 1', course: { title: 'Sensibilisation des mentors' } }],
  });
  expect(byId.get('m-2')).toEqual({
    id: 'm-2',
    awarenessTrained: false,
    certificates: [{ holderName: 'Mentor 2', course: { title: 'Kit Anna' } }],
  });
  expect(byId.get('m-4')).toEqual({ id: 'm-4', awarenessTrained: false, certificates: [] });
  const [{ n }] = await subgraph.dataSource!.query(
    `SELECT count(*)::int AS n FROM audit_log WHERE action = 'certificate.read' AND actor_sub = 'test-coordinator'`,
  );
  expect(n).toBe(50);
});

test('awarenessTrained is public and costs one statement for 50 mentors; a mentor without an account is not trained', async () => {
  const representations = [...Array.from({ length: 49 }, (_, i) => mentor(i + 1)), mentor(99, null)];
  const before = await readCounter(subgraph.metricsUrl, 'db_statements_total');
  const { body } = await subgraph.query<Mentors>(AWARENESS, identity(null), { r: representations });
  expect((await readCounter(subgraph.metricsUrl, 'db_statements_total')) - before).toBe(1);
  expect(body.data!._entities.filter((m) => m.awarenessTrained)).toHaveLength(25);
  expect(body.data!._entities.at(-1)).toEqual({ id: 'm-99', awarenessTrained: false });
});

test("a mentor reads her own certificates; trainers, coordinators and admins read anyone's; others are refused", async () => {
  const read = (who: ReturnType<typeof identity>) => subgraph.query<Mentors>(MENTORS, who, { r: [mentor(1)] });
  const own = await read(identity('MENTOR', 'acct-1'));
  expect(own.body.data!._entities[0].certificates).toHaveLength(1);
  for (const role of ['TRAINER', 'COORDINATOR', 'ADMIN'] as const) {
    expect((await read(identity(role))).body.data!._entities[0].certificates).toHaveLength(1);
  }
  for (const role of ['MENTOR', 'MENTEE', 'PROFESSIONAL', 'ANALYST'] as const) {
    const refused = await read(identity(role));
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.body.data?._entities[0]).toBeNull();
  }
  expect((await read(identity(null))).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  // Her own reads leave no audit row; the others' do.
  const [{ n }] = await subgraph.dataSource!.query(`SELECT count(*)::int AS n FROM audit_log WHERE actor_sub = 'acct-1'`);
  expect(n).toBe(0);
});
