// Commune.mentoring: the three counts per commune in one statement, the small ones for
// coordinators and analysts only, and audited.
import { COMMUNES } from '@equality-graph/territory';
import { identity, readCounter, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { mentoring } from '../src/service';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(mentoring);
  const db = subgraph.dataSource!;
  // Nanterre: two approved mentors, one pending; three mentees (one withdrawn); one active match.
  await db.query(`INSERT INTO mentor (id, display_name, commune_code, status, capacity) VALUES
    ('00000000-0000-4000-a000-000000000001', 'A', '92050', 'approved', 2),
    ('00000000-0000-4000-a000-000000000002', 'B', '92050', 'approved', 1),
    ('00000000-0000-4000-a000-000000000003', 'C', '92050', 'pending', 1)`);
  await db.query(`INSERT INTO mentee (id, first_name, birth_year, commune_code, status) VALUES
    ('00000000-0000-4000-b000-000000000001', 'D', 2004, '92050', 'matched'),
    ('00000000-0000-4000-b000-000000000002', 'E', 2005, '92050', 'applied'),
    ('00000000-0000-4000-b000-000000000003', 'F', 2003, '92050', 'withdrawn')`);
  await db.query(`INSERT INTO mentorship (id, mentor_id, mentee_id, status) VALUES
    ('00000000-0000-4000-c000-000000000001', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-b000-000000000001', 'active')`);
});
afterAll(() => subgraph.stop());

const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Commune { code mentoring { FIELDS } } } }';
const all = COMMUNES.map(({ code }) => ({ __typename: 'Commune', code }));

test('a coordinator gets the three counts of every commune in one SQL statement, and their audit rows in one more', async () => {
  const before = await readCounter(subgraph.metricsUrl, 'db_statements_total');
  const { body } = await subgraph.query<{ _entities: { code: string; mentoring: Record<string, number> }[] }>(
    ENTITIES.replace('FIELDS', 'mentorCount menteeCount activeMatchCount'),
    identity('COORDINATOR'),
    { r: all },
  );
  expect(await readCounter(subgraph.metricsUrl, 'db_statements_total')).toBe(before + 2);
  expect(body.errors).toBeUndefined();
  expect(body.data!._entities).toHaveLength(36);
  expect(body.data!._entities.find((c) => c.code === '92050')!.mentoring).toEqual({ mentorCount: 2, menteeCount: 2, activeMatchCount: 1 });
  expect(body.data!._entities.find((c) => c.code === '92002')!.mentoring).toEqual({ mentorCount: 0, menteeCount: 0, activeMatchCount: 0 });
});

test('an anonymous reader gets the public mentor count', async () => {
  const { body } = await subgraph.query<{ _entities: { mentoring: { mentorCount: number } }[] }>(
    ENTITIES.replace('FIELDS', 'mentorCount'),
    identity(null),
    { r: [{ __typename: 'Commune', code: '92050' }] },
  );
  expect(body.data!._entities[0].mentoring.mentorCount).toBe(2);
});

test.each([
  [null, 'UNAUTHENTICATED'],
  ['MENTEE', 'FORBIDDEN'],
  ['MENTOR', 'FORBIDDEN'],
  ['TRAINER', 'FORBIDDEN'],
] as const)('mentee and match counts are refused to %s (%s)', async (role, code) => {
  for (const field of ['menteeCount', 'activeMatchCount']) {
    const { body } = await subgraph.query(ENTITIES.replace('FIELDS', field), identity(role), {
      r: [{ __typename: 'Commune', code: '92050' }],
    });
    expect(body.errors?.[0].extensions?.code).toBe(code);
    expect(JSON.stringify(body.data)).not.toContain(`"${field}"`);
  }
});

test.each(['COORDINATOR', 'ANALYST', 'ADMIN'] as const)('mentee and match counts are given to %s', async (role) => {
  const { body } = await subgraph.query<{ _entities: { mentoring: Record<string, number> }[] }>(
    ENTITIES.replace('FIELDS', 'menteeCount activeMatchCount'),
    identity(role),
    { r: [{ __typename: 'Commune', code: '92050' }] },
  );
  expect(body.errors).toBeUndefined();
  expect(body.data!._entities[0].mentoring).toEqual({ menteeCount: 2, activeMatchCount: 1 });
});
