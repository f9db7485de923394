// The gateway in production mode: no introspection for most callers, no suggestions or limits
// in errors, and supergraph reloads that keep serving.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SUPERGRAPH, startTestGraph, type TestGraph } from '@equality-graph/testing/graph';
import { post } from './http';
import { startTestIdentityProvider } from './oidc';

let graph: TestGraph;
let supergraphCopy: string;
let idp: Awaited<ReturnType<typeof startTestIdentityProvider>>;
beforeAll(async () => {
  idp = await startTestIdentityProvider();
  supergraphCopy = path.join(mkdtempSync(path.join(tmpdir(), 'supergraph-')), 'supergraph.graphql');
  copyFileSync(SUPERGRAPH, supergraphCopy);
  graph = await startTestGraph({
    env: {
      NODE_ENV: 'production',
      ...idp.env,
      SUPERGRAPH_PATH: supergraphCopy,
      SUBGRAPH_TIMEOUT_MS: '2000',
    },
  });
});
afterAll(async () => {
  await graph.stop();
  await idp.stop();
  rmSync(path.dirname(supergraphCopy), { recursive: true, force: true });
});

test('introspection is off for anonymous callers and roles without schema:introspect, on for analysts', async () => {
  for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Commune") { fields { name } } }']) {
    const anonymous = await graph.query(query);
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.data).toBeUndefined();
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const mentee = await graph.query(query, { token: await idp.token('MENTEE') });
    expect(mentee.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  }
  const analyst = await graph.query<{ __schema: { types: { name: string }[] } }>('{ __schema { types { name } } }', {
    token: await idp.token('ANALYST'),
  });
  expect(analyst.body.errors).toBeUndefined();
  expect(analyst.body.data!.__schema.types.map((t) => t.name)).toContain('Commune');
  // __typename is not introspection: everyone may ask for it.
  expect((await graph.query('{ commune(code: "92050") { __typename } }')).body.data).toEqual({ commune: { __typename: 'Commune' } });
});

test('validation errors carry no field suggestions in production', async () => {
  const { body } = await graph.query('{ commune(code: "92050") { nam } }');
  expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(body.errors?.[0].message).not.toMatch(/Did you mean/);
});

test('limit errors do not reveal the configured limits in production', async () => {
  // Above everyone's ceiling (validation), above the anonymous limits (per request: depth 8, 1,505 tokens).
  const deepest = `{ communes ${'{ training '.repeat(28)}{ trainedCount }${' }'.repeat(28)} }`;
  const deep = `{ commune(code: "92050") { observations { commune { observations { commune { training { bySector { trainedCount } } } } } } } }`;
  const tokens = `{ communes { ${'... on Commune { code } '.repeat(250)} } }`;
  for (const query of [deepest, deep, tokens]) {
    const response = await post(graph.gateway.url, { query });
    expect(response.status).toBe(400);
    const error = response.json.errors!.find((e) => e.extensions?.code === 'OPERATION_LIMIT_EXCEEDED')!;
    expect(error.message).toBe('The operation exceeds a limit of this API');
    expect(response.text).not.toMatch(/\b(6|12|1000|4000)\b|stacktrace/);
  }
});

test('errors answered before GraphQL runs carry a request id and no stack', async () => {
  for (const response of [
    await post(graph.gateway.url, '{"query": '),
    await post(graph.gateway.url, { variables: {} }),
    await post(graph.gateway.url, { query: '{ __typename }' }, { 'content-type': 'text/plain' }),
    await post(graph.gateway.url.replace('/graphql', '/nowhere'), {}),
  ]) {
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.json.errors![0].extensions).toMatchObject({ code: expect.any(String), requestId: expect.any(String) });
    expect(response.text).not.toMatch(/stacktrace|at .*\.[jt]s:\d+/);
  }
});

test('a dead subgraph gives a partial result whose error names no host, port or stack', async () => {
  await graph.subgraphs.training.stop();
  const { status, body } = await graph.query<{ communes: { name: string }[] | null }>('{ communes { name training { trainedCount } } }');
  expect(status).toBe(200);
  const text = JSON.stringify(body);
  expect(body.errors?.length).toBeGreaterThan(0);
  expect(body.errors![0].extensions?.requestId).toEqual(expect.any(String));
  expect(text).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|stacktrace|at .*\.ts:\d+/);
  const { body: partial } = await graph.query<{ communes: { name: string }[] }>('{ communes { name } }');
  expect(partial.data!.communes).toHaveLength(36);
});

async function waitFor<T>(probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    value = await probe();
  }
  return value;
}

test('the gateway keeps serving when the supergraph file is corrupted, and reloads a valid change', async () => {
  const ask = async () =>
    (await graph.query<{ commune: { populationYear: number } }>('{ commune(code: "92050") { populationYear } }')).body;
  expect((await ask()).data!.commune.populationYear).toBe(2022);
  const original = readFileSync(supergraphCopy, 'utf8');

  // A field's join directive doubled: the file parses but its subgraphs cannot be extracted.
  const corrupted = original.replace('\n\n  """Vintage of the population figure."""\n  populationYear: Int!', '');
  expect(corrupted).not.toBe(original);
  writeFileSync(supergraphCopy, corrupted);
  await new Promise((r) => setTimeout(r, 2500));
  expect(await ask()).toEqual({ data: { commune: { populationYear: 2022 } } });

  // A valid change (the field removed from the API) is picked up without a restart.
  const edited = original.replace(
    /\n\s*"""Vintage of the population figure."""\n\s*populationYear: Int! @join__field\(graph: OBSERVATORY\)/,
    '',
  );
  expect(edited).not.toBe(original);
  writeFileSync(supergraphCopy, edited);
  const after = await waitFor(ask, (body) => body.errors !== undefined);
  expect(after.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
});
