// Exports obey /graphql's rules: the same refusals (token, scope, cost, syntax, rate limit) with
// the same status and code, and privileged reads audited in the subgraphs like JSON reads.
import { tokenFor, type TestGraph } from '@equality-graph/testing/graph';
import { bearer, demoGraph, exportUrl } from './export-helpers';
import { post, type RawResponse } from './http';

const demo = demoGraph();
let graph: TestGraph;
beforeAll(() => (graph = demo()));

/** The same body to /graphql and to the CSV export. */
async function both(
  body: unknown,
  headers: Record<string, string> = {},
  gatewayUrl = graph.gateway.url,
): Promise<[RawResponse, RawResponse]> {
  return [await post(gatewayUrl, body, headers), await post(exportUrl(gatewayUrl, 'format=csv'), body, headers)];
}

const codes = (r: RawResponse) => r.json.errors?.map((e) => e.extensions?.code);

test.each([
  ['an invalid token', { authorization: 'Bearer not-a-token' }, 401, 'UNAUTHENTICATED'],
  ['a malformed Authorization header', { authorization: 'Basic abc' }, 401, 'UNAUTHENTICATED'],
])('%s is refused by the export exactly as by /graphql', async (_name, headers, status, code) => {
  const [json, csv] = await both({ query: '{ observations(filter: {}) { edges { node { id } } } }' }, headers);
  expect([json.status, csv.status]).toEqual([status, status]);
  expect(codes(csv)).toEqual(codes(json));
  expect(codes(csv)).toEqual([code]);
  expect(csv.headers.get('www-authenticate')).toBe(json.headers.get('www-authenticate'));
});

test("a list outside the caller's scopes answers FORBIDDEN (or UNAUTHENTICATED) as on /graphql, with no row", async () => {
  const query = { query: '{ auditLog(first: 5) { edges { node { action } } } }' };
  for (const [headers, code] of [
    [await bearer('ANALYST'), 'FORBIDDEN'],
    [{}, 'UNAUTHENTICATED'],
  ] as const) {
    const [json, csv] = await both(query, headers);
    expect(csv.status).toBe(json.status);
    expect(csv.headers.get('content-type')).toBe(json.headers.get('content-type'));
    expect(codes(csv)).toEqual(codes(json));
    expect(codes(csv)).toContain(code);
    expect(csv.json.data).toEqual(json.json.data);
  }
});

test('the cost limit applies to each page of an export as to the JSON request', async () => {
  const strict = await graph.startGateway({ MAX_COST: '200' });
  // Already paged by the caller, so the export sends it verbatim and the cost is the same number.
  const query = {
    query: `query ($after: String) { observations(filter: {}, first: 100, after: $after) {
      edges { node { id value suppressed } } pageInfo { hasNextPage endCursor } totalCount } }`,
  };
  const [json, csv] = await both(query, {}, strict.url);
  expect(json.status).toBe(400);
  expect(csv.status).toBe(400);
  expect(codes(csv)).toEqual(['OPERATION_LIMIT_EXCEEDED']);
  expect(csv.json.errors![0].extensions?.limit).toBe('cost');
  expect(csv.json.errors![0].message).toBe(json.json.errors![0].message);
  // Paging fields the export adds are priced too: never cheaper than the JSON request.
  const plain = await post(exportUrl(strict.url, 'format=csv'), {
    query: '{ observations(filter: {}, first: 100) { edges { node { id } } } }',
  });
  expect(codes(plain)).toEqual(['OPERATION_LIMIT_EXCEEDED']);
  // The analysts' larger budget holds for their exports too.
  const analyst = await post(exportUrl(strict.url, 'format=csv'), query, await bearer('ANALYST'));
  expect(analyst.status).toBe(200);
});

test('a document that does not parse, is over the token ceiling or does not validate is answered as /graphql answers it', async () => {
  const overTokens = `{ ${'__typename '.repeat(5000)}}`;
  for (const query of ['{ observations(filter: {}) { edges { node { id }', overTokens, '{ observations(filter: {}) { edges { node { nope } } } }']) {
    const [json, csv] = await both({ query });
    expect(csv.status).toBe(json.status);
    expect(codes(csv)).toEqual(codes(json));
    expect(csv.json.errors![0].message).toBe(json.json.errors![0].message);
  }
});

test('exports and JSON requests spend the same rate budget; past it the export gets the same 429', async () => {
  const limited = await graph.startGateway({ RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '3600000' });
  const headers = { authorization: `Bearer ${await tokenFor('ANALYST', 'export-rate')}` };
  const body = { query: '{ observations(filter: { indicator: "VIOLENCES_SEXUELLES" }) { edges { node { id value } } } }' };
  const first = await post(exportUrl(limited.url, 'format=ndjson'), body, headers);
  expect(first.status).toBe(200);
  expect(first.headers.get('ratelimit-remaining')).toBe('2');
  expect((await post(limited.url, body, headers)).headers.get('ratelimit-remaining')).toBe('1');
  expect((await post(exportUrl(limited.url, 'format=csv'), body, headers)).status).toBe(200);
  const [json, csv] = await both(body, headers, limited.url);
  expect([json.status, csv.status]).toEqual([429, 429]);
  expect(codes(csv)).toEqual(['RATE_LIMITED']);
  expect(csv.headers.get('retry-after')).toBe(json.headers.get('retry-after'));
});

test("an analyst's export of raw figures is audited in the observatory like the same JSON read", async () => {
  const sub = 'analyst-export-audit';
  const query = '{ observations(filter: { indicator: "VIOLENCES_SEXUELLES" }) { edges { node { id value suppressed } } } }';
  const headers = { ...(await bearer('ANALYST', sub)) };
  expect((await post(graph.gateway.url, { query }, { ...headers, 'x-request-id': 'export-audit-json' })).status).toBe(200);
  expect(
    (await post(exportUrl(graph.gateway.url, 'format=csv'), { query }, { ...headers, 'x-request-id': 'export-audit-csv' })).status,
  ).toBe(200);
  const { body } = await graph.query<{
    auditLog: { edges: { node: { action: string; actorSub: string; requestId: string; actorRoles: string[] } }[] };
  }>('{ auditLog(first: 100, action: "observation.read.raw") { edges { node { action actorSub actorRoles requestId } } } }', {
    role: 'ADMIN',
  });
  expect(body.errors).toBeUndefined();
  const mine = body.data!.auditLog.edges.map((e) => e.node).filter((n) => n.actorSub === sub);
  const byRequest = (id: string) => mine.filter((n) => n.requestId === id);
  expect(byRequest('export-audit-json').length).toBeGreaterThan(0);
  // Every page the export read is audited with the export's request id.
  expect(byRequest('export-audit-csv').length).toBeGreaterThanOrEqual(byRequest('export-audit-json').length);
  expect(byRequest('export-audit-csv')[0]).toMatchObject({ action: 'observation.read.raw', actorRoles: ['ANALYST'] });
});
