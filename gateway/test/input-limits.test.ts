// List and string input caps at the gateway, and again at the subgraphs when called directly.
import { identity, readCounter } from '@equality-graph/testing';
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';
import { post, subgraphCalls } from './http';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ seedDemoData: true });
}, 120_000);
afterAll(() => graph.stop());

const OBSERVATIONS = 'query ($c: [ID!]) { observations(filter: { communes: $c }, first: 10) { totalCount } }';
/** 200,000 one-character codes: 800 KB, under the 1 MiB body limit, as in the finding. */
const HUGE = Array.from({ length: 200_000 }, () => '1');
const nanterre = (n: number) => Array.from({ length: n }, () => '92050');
/** `item` is a literal as written in the document: `"92050"`, or `1` (an ID may be written as an int). */
const inline = (n: number, item = '"92050"') =>
  `{ observations(filter: { communes: [${Array.from({ length: n }, () => item).join(',')}] }, first: 10) { totalCount } }`;

async function sqlStatements(): Promise<number> {
  const counts = await Promise.all(Object.values(graph.subgraphs).map((s) => readCounter(s.metricsUrl, 'db_statements_total')));
  return counts.reduce((a, b) => a + b, 0);
}

/** Sends `body`, expects a 400 with `extensions`, and proves no subgraph was called and no SQL ran. */
async function expectRefused(body: unknown, extensions: Record<string, unknown>, url = graph.gateway.url) {
  const [calls, statements] = [await subgraphCalls(graph), await sqlStatements()];
  const started = process.hrtime.bigint();
  const response = await post(url, body);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  expect(response.status).toBe(400);
  expect(response.json.data).toBeUndefined();
  expect(response.json.errors).toHaveLength(1);
  expect(response.json.errors![0]).toMatchObject({ extensions: { ...extensions, requestId: expect.any(String) } });
  expect(await subgraphCalls(graph)).toBe(calls);
  expect(await sqlStatements()).toBe(statements);
  return { error: response.json.errors![0], ms };
}

test('a 200,000-item list in a variable is refused before any subgraph is called', async () => {
  const { error, ms } = await expectRefused(
    { query: OBSERVATIONS, variables: { c: HUGE } },
    { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'listItems', argument: 'filter.communes' },
  );
  expect(error.message).toBe('`filter.communes` holds 200000 items; at most 100 are accepted');
  console.log(`200,000-item variable refused in ${ms.toFixed(0)} ms`);
});

test('an inline list over the cap is refused too, and one at the cap is served', async () => {
  await expectRefused({ query: inline(101) }, { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'listItems', argument: 'filter.communes' });
  // 200,000 inline items never get past the parser's token limit, even raised to its maximum;
  // below it, the list cap answers.
  await expectRefused({ query: inline(200_000, '1') }, { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'tokens' });
  const lenient = await graph.startGateway({ MAX_TOKENS: '100000' });
  await expectRefused({ query: inline(90_000, '1') }, { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'listItems' }, lenient.url);

  const atCap = await graph.query<{ observations: { totalCount: number } }>(inline(100));
  expect(atCap.body.errors).toBeUndefined();
  const one = await graph.query<{ observations: { totalCount: number } }>(inline(1));
  expect(atCap.body.data!.observations.totalCount).toBe(one.body.data!.observations.totalCount);
  const variable = await graph.query(OBSERVATIONS, { variables: { c: nanterre(100) } });
  expect(variable.body.errors).toBeUndefined();
});

test('the caps are settings of the gateway; raising them there alone lets no more through', async () => {
  const narrow = await graph.startGateway({ MAX_LIST_INPUT_ITEMS: '5', MAX_STRING_INPUT_LENGTH: '5' });
  expect((await post(narrow.url, { query: inline(5) })).json.errors).toBeUndefined();
  await expectRefused({ query: inline(6) }, { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'listItems' }, narrow.url);
  await expectRefused(
    { query: 'query ($code: ID!) { commune(code: $code) { name } }', variables: { code: '920500' } },
    { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'stringLength', argument: 'code' },
    narrow.url,
  );
  // The subgraph keeps its own cap (its MAX_LIST_INPUT_ITEMS): it refuses before any SQL.
  const wide = await graph.startGateway({ MAX_LIST_INPUT_ITEMS: '200' });
  const statements = await sqlStatements();
  const passed = await post(wide.url, { query: inline(150) });
  expect(passed.json.errors![0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'observatory' });
  expect(await sqlStatements()).toBe(statements);
});

test('a string over 10,000 characters is refused; one of 10,000 is served', async () => {
  const query = 'query ($code: ID!) { commune(code: $code) { name } }';
  const { error } = await expectRefused(
    { query, variables: { code: 'x'.repeat(10_001) } },
    { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'stringLength', argument: 'code' },
  );
  expect(error.message).toBe('`code` is 10001 characters long; at most 10000 are accepted');
  const served = await graph.query(query, { variables: { code: 'x'.repeat(10_000) } });
  expect(served.body).toEqual({ data: { commune: null } });
});

test('a NUL character is refused as BAD_USER_INPUT, inline and in a variable, rather than failing in PostgreSQL', async () => {
  await expectRefused({ query: '{ commune(code: "92\\u0000050") { name } }' }, { code: 'BAD_USER_INPUT', argument: 'code' });
  await expectRefused(
    { query: OBSERVATIONS, variables: { c: ['92050', '92\u0000050'] } },
    { code: 'BAD_USER_INPUT', argument: 'filter.communes' },
  );
});

test('the same requests sent straight to the subgraph with a valid gateway token are refused by the subgraph', async () => {
  const observatory = graph.subgraphs.observatory;
  const statements = await readCounter(observatory.metricsUrl, 'db_statements_total');
  const list = await observatory.query(OBSERVATIONS, identity('ANALYST'), { c: HUGE });
  expect(list.status).toBe(400);
  expect(list.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.communes', inputLimit: 'listItems' });
  const nul = await observatory.query('{ commune(code: "92\\u0000050") { name } }', identity(null));
  expect(nul.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'code', inputLimit: 'nulCharacter' });
  expect(await readCounter(observatory.metricsUrl, 'db_statements_total')).toBe(statements);
});

test('a larger list costs more: 100 codes cost 99 more than one', async () => {
  // observations(first: 10) { totalCount } = 1 + 10 x 1, plus 1 per item of the filter list.
  const tight = await graph.startGateway({ MAX_COST: '100' });
  expect((await post(tight.url, { query: OBSERVATIONS, variables: { c: nanterre(1) } })).json.errors).toBeUndefined();
  const { error } = await expectRefused(
    { query: OBSERVATIONS, variables: { c: nanterre(100) } },
    { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'cost' },
    tight.url,
  );
  expect(error.message).toBe('The operation costs 111, above the budget of 100');
});

test('a whole SSMSI file, far over the string cap, still imports through the gateway', async () => {
  const header =
    'CODGEO_2025;annee;indicateur;unite_de_compte;nombre;taux_pour_mille;est_diffuse;insee_pop;insee_pop_millesime;insee_log;insee_log_millesime;complement_info_nombre;complement_info_taux';
  const lines = ['92002', '92004', '92007', '92009', '92012', '92014'].flatMap((code) =>
    Array.from(
      { length: 20 },
      (_, i) => `${code};${2000 + i};Violences physiques intrafamiliales;victime;${10 + i};0,5;diff;1000;2022;500;2022;NA;NA`,
    ),
  );
  const csv = [header, ...lines].join('\n');
  expect(csv.length).toBeGreaterThan(10_000);
  const { body } = await graph.query<{ importObservations: { rows: number } }>(
    'mutation ($csv: String!) { importObservations(input: { indicator: "VIOLENCES_PHYSIQUES_INTRAFAMILIALES", csv: $csv }) { rows } }',
    { role: 'ANALYST', variables: { csv } },
  );
  expect(body.errors).toBeUndefined();
  expect(body.data!.importObservations.rows).toBe(120);
});
