// Shared answers (gateway/src/response-cache): only anonymous, public, unaudited answers are kept;
// no caller is ever served another's answer; every write drops them. Proved by SQL statement
// counts on each subgraph's metrics port (a served answer costs none), never by timing.
import { identity, readCounter } from '@equality-graph/testing';
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';

let graph: TestGraph;
beforeAll(async () => {
  // A long staleness bound, so that only invalidation can explain a fresh answer.
  graph = await startTestGraph({ seedDemoData: true, env: { RESPONSE_CACHE_TTL_SECONDS: '300' } });
});
afterAll(() => graph.stop());

const OVERVIEW = '{ communes { code name population mentoring { mentorCount } training { trainedCount } } }';

/** SQL statements all three subgraphs ran while `run` ran. */
async function statementsDuring(run: () => Promise<unknown>): Promise<number> {
  const subgraphs = Object.values(graph.subgraphs);
  const before = await Promise.all(subgraphs.map((s) => readCounter(s.metricsUrl, 'db_statements_total')));
  await run();
  const after = await Promise.all(subgraphs.map((s) => readCounter(s.metricsUrl, 'db_statements_total')));
  return after.reduce((n, value, i) => n + value - before[i], 0);
}

const cacheCount = async (result: string) => {
  const text = await (await fetch(graph.gateway.metricsUrl)).text();
  const line = text.split('\n').find((l) => l.startsWith('gateway_response_cache_total{') && l.includes(`result="${result}"`));
  return Number(line?.split(' ').pop() ?? 0);
};

describe('subgraphs say which answers are public', () => {
  const entities =
    '{ _entities(representations: [{ __typename: "Commune", code: "92050" }]) { ... on Commune { training { trainedCount } } } }';

  test('an anonymous query that wrote no audit row is public; the same as a coordinator is not', async () => {
    const anonymous = await graph.subgraphs.training.query(entities, identity(null));
    expect(anonymous.body.errors).toBeUndefined();
    expect(anonymous.headers.get('cache-control')).toBe('max-age=60, public');
    const coordinator = await graph.subgraphs.training.query(entities, identity('COORDINATOR'));
    expect(coordinator.body.errors).toBeUndefined();
    expect(coordinator.headers.get('cache-control')).toBe('no-store');
  });

  test('an answer with an error is not public', async () => {
    const refused = await graph.subgraphs.mentoring.query(
      '{ _entities(representations: [{ __typename: "Commune", code: "92050" }]) { ... on Commune { mentoring { menteeCount } } } }',
      identity(null),
    );
    expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });
});

describe('the gateway shares only anonymous public answers', () => {
  test('the second anonymous overview is served without any subgraph work, identical, and never cacheable by clients', async () => {
    const first = await graph.query(OVERVIEW);
    expect(first.body.errors).toBeUndefined();
    let second: Awaited<ReturnType<TestGraph['query']>> | undefined;
    expect(await statementsDuring(async () => (second = await graph.query(OVERVIEW)))).toBe(0);
    expect(second?.body).toEqual(first.body);
    expect(second?.headers.get('cache-control')).toBe('no-store');
  });

  test('a signed-in caller never gets the anonymous answer, and the anonymous caller never gets hers', async () => {
    await graph.query(OVERVIEW);
    // The same text as a coordinator: computed by the subgraphs, not served from the anonymous answer.
    expect(await statementsDuring(() => graph.query(OVERVIEW, { role: 'COORDINATOR' }))).toBeGreaterThan(0);
    const restricted = '{ commune(code: "92050") { name mentoring { menteeCount } } }';
    const coordinator = await graph.query<{ commune: { mentoring: { menteeCount: number } } }>(restricted, { role: 'COORDINATOR' });
    expect(typeof coordinator.body.data?.commune.mentoring.menteeCount).toBe('number');
    const anonymous = await graph.query(restricted);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // And again, a coordinator after a coordinator: nothing shared between signed-in callers either.
    expect(await statementsDuring(() => graph.query(restricted, { role: 'COORDINATOR' }))).toBeGreaterThan(0);
  });

  test('an audited read (analyst, raw figures) is computed and audited every time', async () => {
    const analystQuery = '{ communes { code training { trainedCount } } }';
    const audited = async () => {
      const { body } = await graph.query<{ trainingAuditLog: { totalCount: number } }>('{ trainingAuditLog { totalCount } }', {
        role: 'ADMIN',
      });
      return body.data?.trainingAuditLog.totalCount ?? -1;
    };
    const before = await audited();
    await graph.query(analystQuery, { role: 'ANALYST' });
    const once = await audited();
    expect(once).toBeGreaterThan(before);
    expect(await statementsDuring(() => graph.query(analystQuery, { role: 'ANALYST' }))).toBeGreaterThan(0);
    expect(await audited()).toBeGreaterThan(once);
  });

  test("variables are part of the key: another commune is not served the first one's answer", async () => {
    const one = 'query One($code: ID!) { commune(code: $code) { code name } }';
    const nanterre = await graph.query<{ commune: { code: string } }>(one, { variables: { code: '92050' } });
    const antony = await graph.query<{ commune: { code: string } }>(one, { variables: { code: '92002' } });
    expect(nanterre.body.data?.commune.code).toBe('92050');
    expect(antony.body.data?.commune.code).toBe('92002');
  });
});

describe('every write drops the shared answers', () => {
  test('a mutation through the gateway (a mentor approved) is seen by the next anonymous reader at once', async () => {
    type Overview = { communes: { code: string; mentoring: { mentorCount: number } }[] };
    const { body: pending } = await graph.query<{
      mentorProfiles: { edges: { node: { id: string; commune: { code: string } | null } }[] };
    }>('{ mentorProfiles(status: PENDING, first: 20) { edges { node { id commune { code } } } } }', { role: 'COORDINATOR' });
    const mentor = pending.data?.mentorProfiles.edges.map((e) => e.node).find((n) => n.commune);
    expect(mentor).toBeDefined();
    const code = mentor?.commune?.code;
    const countIn = (body: { data?: Overview | null }) => body.data?.communes.find((c) => c.code === code)?.mentoring.mentorCount ?? -1;
    const before = countIn((await graph.query<Overview>(OVERVIEW)).body);
    expect(await statementsDuring(() => graph.query(OVERVIEW))).toBe(0);

    const approved = await graph.query(`mutation { approveMentor(id: "${mentor?.id}") { id } }`, { role: 'COORDINATOR' });
    expect(approved.body.errors).toBeUndefined();
    const after = await graph.query<Overview>(OVERVIEW);
    expect(countIn(after.body)).toBe(before + 1);
  });

  test("a publication drops them; an anonymous caller's refused mutation (it cannot write) does not", async () => {
    const publish = 'mutation { publishObservations(indicator: "VIOLENCES_PHYSIQUES_INTRAFAMILIALES", period: "2023") { period } }';
    await graph.query(OVERVIEW);
    const refused = await graph.query(publish);
    expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await statementsDuring(() => graph.query(OVERVIEW))).toBe(0);
    const published = await graph.query(publish, { role: 'ADMIN' });
    expect(published.body.errors).toBeUndefined();
    expect(await statementsDuring(() => graph.query(OVERVIEW))).toBeGreaterThan(0);
  });

  test('hits and misses are counted for the bench and dashboards', async () => {
    const [hits, misses] = [await cacheCount('hit'), await cacheCount('miss')];
    await graph.query('{ communes { code } }');
    await graph.query('{ communes { code } }');
    expect(await cacheCount('hit')).toBeGreaterThan(hits);
    expect(await cacheCount('miss')).toBeGreaterThan(misses);
  });
});
