// Ids and cursors crafted by a client are refused or match nothing before PostgreSQL sees them:
// a string of 36 hyphens once passed the loose uuid pattern and became an internal error.
import { identity, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { observatory } from '../src/service';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(observatory, { seedDemoData: true });
});
afterAll(() => subgraph.stop());

const admin = identity('ADMIN');
const HYPHENS = '-'.repeat(36);
const crafted = (key: unknown) => Buffer.from(`c:${JSON.stringify(key)}`, 'utf8').toString('base64url');
type Body = { data?: Record<string, unknown> | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };

test('an id of 36 hyphens finds no scheme, service or report instead of reaching PostgreSQL', async () => {
  const { body } = await subgraph.query<Record<string, unknown>>(
    `query ($id: ID!) { experimentation(id: $id) { id } supportService(id: $id) { id } }`,
    admin,
    { id: HYPHENS },
  );
  expect(body.errors).toBeUndefined();
  expect(body.data).toEqual({ experimentation: null, supportService: null });
  const update = await subgraph.query(`mutation ($id: ID!) { updatePublication(id: $id, input: { title: "x" }) { id } }`, admin, {
    id: HYPHENS,
  });
  expect(update.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});

const LISTS: [string, string, unknown][] = [
  ['supportServices', 'supportServices(first: 2, after: $after) { totalCount }', ['accueil', HYPHENS]],
  ['experimentations', 'experimentations(first: 2, after: $after) { totalCount }', ['Projet', HYPHENS]],
  ['publications', 'publications(first: 2, after: $after) { totalCount }', ['2024', '00000000-0000-4000-8000-000000000000']],
  ['observations', 'observations(filter: {}, first: 2, after: $after) { totalCount }', ['VIOLENCES_SEXUELLES', 2023, '92050']],
];

test.each(LISTS)('a %s cursor holding values of the wrong kind is BAD_USER_INPUT on `after`', async (_list, field, key) => {
  for (const after of [crafted(key), crafted({ 0: 'x' }), Buffer.from('c:not json').toString('base64url')]) {
    const { body } = (await subgraph.query(`query ($after: String) { ${field} }`, admin, { after })) as { body: Body };
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  }
});

test.each(LISTS)('%s pages follow each other through the cursors the list returns', async (_list, field) => {
  const paged = field
    .replace('first: 2', 'first: 1')
    .replace('{ totalCount }', '{ totalCount edges { cursor } pageInfo { endCursor hasNextPage } }');
  const first = (await subgraph.query(`query ($after: String) { ${paged} }`, admin, { after: null })) as { body: Body };
  expect(first.body.errors).toBeUndefined();
  const name = Object.keys(first.body.data ?? {})[0];
  const page = (first.body.data?.[name] ?? {}) as { pageInfo: { endCursor: string | null; hasNextPage: boolean } };
  expect(page.pageInfo.hasNextPage).toBe(true);
  const second = (await subgraph.query(`query ($after: String) { ${paged} }`, admin, { after: page.pageInfo.endCursor })) as { body: Body };
  expect(second.body.errors).toBeUndefined();
  const next = (second.body.data?.[name] ?? {}) as { edges: { cursor: string }[] };
  expect(next.edges.length).toBeGreaterThan(0);
});
