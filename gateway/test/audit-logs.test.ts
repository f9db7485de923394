// Each subgraph's audit log read through the gateway: audited reads are visible to admins.
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph.stop());

const LOGS = {
  observatory: 'auditLog',
  mentoring: 'mentoringAuditLog',
  training: 'trainingAuditLog',
} as const;
const read = (field: string) =>
  `{ ${field}(first: 20) { totalCount edges { node { action actorSub actorRoles subjectType at requestId } } } }`;
type Log = {
  totalCount: number;
  edges: { node: { action: string; actorSub: string; actorRoles: string[]; at: string; requestId: string } }[];
};

test("each service's audit log shows an analyst's audited reads to admins", async () => {
  const sub = 'analyst-audited';
  const reads = await graph.query(
    `{ indicatorBreakdown(indicator: "VIOLENCES_SEXUELLES", period: "2023") { period }
       programmeFigures { total { __typename } }
       trainingStats(year: 2024) { trainedCount } }`,
    { role: 'ANALYST', sub, headers: { 'x-request-id': 'audit-trail-1' } },
  );
  expect(reads.body.errors).toBeUndefined();
  for (const field of Object.values(LOGS)) {
    const { body } = await graph.query<Record<string, Log>>(read(field), { role: 'ADMIN' });
    expect(body.errors).toBeUndefined();
    const mine = body.data![field].edges.map((e) => e.node).filter((n) => n.actorSub === sub);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine[0]).toMatchObject({ actorRoles: ['ANALYST'], requestId: 'audit-trail-1' });
    expect(new Date(mine[0].at).getTime()).toBeGreaterThan(Date.now() - 60_000);
  }
});

test.each([
  [null, 'UNAUTHENTICATED'],
  ['ANALYST', 'FORBIDDEN'],
  ['COORDINATOR', 'FORBIDDEN'],
] as const)('the audit logs are refused to %s', async (role, code) => {
  for (const field of Object.values(LOGS)) {
    const { body } = await graph.query(read(field), role ? { role } : {});
    expect(body.errors?.[0].extensions?.code).toBe(code);
  }
});

test.each(Object.values(LOGS))('%s refuses a crafted cursor as bad input before it reaches PostgreSQL', async (field) => {
  const crafted = (key: string) => Buffer.from(`c:${key}`, 'utf8').toString('base64url');
  const uuid = '0b0c5f1e-4a8e-4f4e-9d7a-3c1b2a4d5e6f';
  for (const key of [`2026-13-45 99:00:00+00|${uuid}`, `not a time|${uuid}`, `2026-12-02 10:00:00+00|${'-'.repeat(36)}`]) {
    const { body } = await graph.query(`query ($a: String) { ${field}(first: 5, after: $a) { totalCount } }`, {
      role: 'ADMIN',
      variables: { a: crafted(key) },
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  }
});
