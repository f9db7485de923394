import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SUPERGRAPH, startTestGraph, type TestGraph } from './graph';

let graph: TestGraph;
let supergraphCopy: string;
beforeAll(async () => {
  supergraphCopy = path.join(mkdtempSync(path.join(tmpdir(), 'supergraph-')), 'supergraph.graphql');
  copyFileSync(SUPERGRAPH, supergraphCopy);
  graph = await startTestGraph({
    env: {
      NODE_ENV: 'production',
      AUTH_MODE: 'oidc',
      OIDC_ISSUER: 'https://idp.example.test/',
      OIDC_AUDIENCE: 'equality-graph',
      OIDC_JWKS_URL: 'http://127.0.0.1:9/jwks',
      SUPERGRAPH_PATH: supergraphCopy,
      SUBGRAPH_TIMEOUT_MS: '2000',
    },
  });
});
afterAll(async () => {
  await graph.stop();
  rmSync(path.dirname(supergraphCopy), { recursive: true, force: true });
});

test('introspection is off for anonymous callers in production', async () => {
  const { body } = await graph.query('{ __schema { types { name } } }');
  expect(body.data).toBeUndefined();
  expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
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
