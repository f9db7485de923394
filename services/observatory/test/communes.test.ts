// The `Commune` entity: the 36 communes, lookup by code, batched reference resolution, `me`.
import { identity, readCounter, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { observatory } from '../src/service';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(observatory);
});
afterAll(() => subgraph.stop());

const anonymous = identity(null);

describe('communes', () => {
  test('the 36 communes are served with their INSEE codes and 2022 populations', async () => {
    const { body } = await subgraph.query<{ communes: { code: string; name: string; population: number; populationYear: number }[] }>(
      '{ communes { code name population populationYear } }',
      anonymous,
    );
    expect(body.errors).toBeUndefined();
    const communes = body.data!.communes;
    expect(communes).toHaveLength(36);
    expect(communes.every((c) => /^92\d{3}$/.test(c.code) && c.populationYear === 2022)).toBe(true);
    expect(communes.reduce((sum, c) => sum + c.population, 0)).toBe(1_647_435);
    expect(communes.find((c) => c.code === '92050')).toEqual({ code: '92050', name: 'Nanterre', population: 98119, populationYear: 2022 });
  });

  test('a commune is found by code, and an unknown code gives null', async () => {
    const { body } = await subgraph.query(
      '{ sevres: commune(code: "92072") { name } unknown: commune(code: "75056") { name } }',
      anonymous,
    );
    expect(body.data).toEqual({ sevres: { name: 'Sèvres' }, unknown: null });
  });

  test('resolving 36 commune references costs one SQL statement', async () => {
    const { body: list } = await subgraph.query<{ communes: { code: string }[] }>('{ communes { code } }', anonymous);
    const representations = list.data!.communes.map(({ code }) => ({ __typename: 'Commune', code }));
    const before = await readCounter(subgraph.metricsUrl, 'db_statements_total');
    const { body } = await subgraph.query<{ _entities: { name: string }[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Commune { name } } }',
      anonymous,
      { r: [...representations, ...representations.slice(0, 5)] },
    );
    const after = await readCounter(subgraph.metricsUrl, 'db_statements_total');
    expect(body.data!._entities).toHaveLength(41);
    expect(body.data!._entities[0]).toEqual({ name: 'Antony' });
    expect(after - before).toBe(1);
  });
});

describe('me', () => {
  test('is null for an anonymous reader and the verified account otherwise', async () => {
    const anon = await subgraph.query('{ me { id } }', anonymous);
    expect(anon.body.data).toEqual({ me: null });
    const analyst = await subgraph.query('{ me { id roles } }', identity('ANALYST', 'acct-42'));
    expect(analyst.body.data).toEqual({ me: { id: 'acct-42', roles: ['ANALYST'] } });
  });
});
