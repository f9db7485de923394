// Automatic persisted queries and the mobile endpoint's allow-list through the real gateway.
import path from 'node:path';
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';
import { loadPersistedOperations, sha256 } from '../src/persisted-operations';
import { post } from './http';
import { TEST_REDIS_URL, redisTest } from './redis';

const OPERATIONS_DIR = path.resolve(__dirname, '..', '..', 'schema', 'operations');
let graph: TestGraph;
let mobileUrl: string;
beforeAll(async () => {
  graph = await startTestGraph({ env: { ALLOWLIST_MODE: 'mobile', PERSISTED_OPERATIONS_DIR: OPERATIONS_DIR } });
  mobileUrl = graph.gateway.url.replace('/graphql', '/graphql/mobile');
});
afterAll(() => graph.stop());

const apq = (hash: string, query?: string) => ({
  ...(query ? { query } : {}),
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
});

describe('automatic persisted queries', () => {
  const query = '{ commune(code: "92012") { name } }';

  test('an unknown hash is PERSISTED_QUERY_NOT_FOUND; once registered, the hash alone is served', async () => {
    const url = graph.gateway.url;
    const miss = await post(url, apq(sha256(query)));
    expect(miss.json.errors![0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(url, apq(sha256(query), query))).json.data).toEqual({ commune: { name: 'Boulogne-Billancourt' } });
    expect((await post(url, apq(sha256(query)))).json.data).toEqual({ commune: { name: 'Boulogne-Billancourt' } });
  });

  test('a hash that does not match the query text is refused', async () => {
    const response = await post(graph.gateway.url, apq(sha256('{ me { id } }'), query));
    expect(response.status).toBe(400);
    expect(response.json.data).toBeUndefined();
  });

  redisTest('with REDIS_URL, a query registered on one replica is served by hash on another', async () => {
    const env = { REDIS_URL: TEST_REDIS_URL };
    const [a, b] = await Promise.all([graph.startGateway(env), graph.startGateway(env)]);
    const unique = `{ commune(code: "92050") { name populationYear } r${Date.now()}: commune(code: "92002") { name } }`;
    expect((await post(b.url, apq(sha256(unique)))).json.errors![0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(a.url, apq(sha256(unique), unique))).json.errors).toBeUndefined();
    // Apollo Server stores a registered query without awaiting the cache write (the answer is
    // not held back for it), so the other replica may miss it for a few milliseconds.
    let served = await post(b.url, apq(sha256(unique)));
    for (let attempt = 0; attempt < 20 && served.json.data === undefined; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      served = await post(b.url, apq(sha256(unique)));
    }
    expect(served.json.data).toMatchObject({ commune: { name: 'Nanterre' } });
  });
});

describe('the allow-list (mobile endpoint)', () => {
  const operations = loadPersistedOperations(OPERATIONS_DIR);
  const me = operations.find((o) => o.name === 'Me')!;

  test('ids are the sha256 of each operation file as printed by graphql-js', () => {
    expect(operations.length).toBeGreaterThanOrEqual(3);
    for (const operation of operations) expect(operation.id).toBe(sha256(operation.body));
    expect(me.body).not.toContain('#');
  });

  test('an allow-listed operation is served from its id alone, with no registration', async () => {
    const response = await post(mobileUrl, apq(me.id));
    expect(response.json).toEqual({ data: { me: null } });
  });

  test('any other operation is refused on the mobile endpoint, by text or by APQ registration', async () => {
    const adHoc = '{ communes { code } }';
    for (const body of [{ query: adHoc }, apq(sha256(adHoc), adHoc)]) {
      const response = await post(mobileUrl, body);
      expect(response.status).toBe(400);
      expect(response.json.errors![0].extensions).toMatchObject({ code: 'PERSISTED_QUERY_NOT_ALLOWED', requestId: expect.any(String) });
    }
    expect((await post(mobileUrl, apq(sha256(adHoc)))).json.data).toBeUndefined();
    // The main endpoint still takes ad-hoc queries.
    expect((await post(graph.gateway.url, { query: adHoc })).json.errors).toBeUndefined();
  });

  test('ALLOWLIST_MODE=all applies the allow-list to /graphql too', async () => {
    const strict = await graph.startGateway({ ALLOWLIST_MODE: 'all' });
    expect((await post(strict.url, { query: '{ communes { code } }' })).json.errors![0].extensions?.code).toBe(
      'PERSISTED_QUERY_NOT_ALLOWED',
    );
    expect((await post(strict.url, { query: me.body })).json).toEqual({ data: { me: null } });
  });
});
