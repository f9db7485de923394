// The `@access` directive on a small test subgraph: type and field rules, entity path included.
import gql from 'graphql-tag';
import { identity, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { allows, type SubgraphContextBase, type SubgraphDefinition } from '../src';

describe('an @access rule', () => {
  const rule = (scopes: string[][], authenticated = false) => ({ authenticated: authenticated || scopes.length > 0, scopes });

  test('ORs the outer list and ANDs each inner list', () => {
    const analystOrCoordinatorWithAudit = rule([['statistics:raw'], ['mentoring:coordinate', 'audit:read']]);
    expect(allows(analystOrCoordinatorWithAudit, identity('ANALYST'))).toBe(true);
    expect(allows(analystOrCoordinatorWithAudit, identity('COORDINATOR'))).toBe(false);
    expect(allows(analystOrCoordinatorWithAudit, identity('ADMIN'))).toBe(true);
    expect(allows(analystOrCoordinatorWithAudit, identity('MENTEE'))).toBe(false);
  });

  test('with authenticated only, admits any signed-in account and refuses anonymous', () => {
    expect(allows(rule([], true), identity('MENTEE'))).toBe(true);
    expect(allows(rule([], true), identity(null))).toBe(false);
  });
});

/** A throwaway subgraph that uses the directive the way services do. */
const typeDefs = gql`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@composeDirective"])
    @link(url: "https://equality-graph.hauts-de-seine.fr/access/v1.0", import: ["@access"])
    @composeDirective(name: "@access")
  directive @access(authenticated: Boolean, scopes: [[String!]!]) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM

  type Query {
    open: String
    signedIn: String @access(authenticated: true)
    raw: String @access(scopes: [["statistics:raw"]])
    vault: Vault
  }
  type Vault @key(fields: "id") @access(scopes: [["audit:read"]]) {
    id: ID!
    secret: String
    sealed: String @access(scopes: [["statistics:raw"]])
  }
`;
const definition: SubgraphDefinition<SubgraphContextBase> = {
  name: 'access_probe',
  typeDefs,
  resolvers: {
    Query: { open: () => 'open', signedIn: () => 'signed-in', raw: () => 'raw', vault: () => ({ id: '1', secret: 's', sealed: 'x' }) },
    Vault: { __resolveReference: () => ({ id: '1', secret: 's', sealed: 'x' }) },
  },
  entities: [],
  migrations: [],
  createContext: (base) => base,
};

describe('@access enforced by a subgraph', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(definition);
  });
  afterAll(() => subgraph.stop());

  const codeOf = async (query: string, role: Parameters<typeof identity>[0]) => (await subgraph.query(query, identity(role))).body.errors?.[0]?.extensions?.code ?? 'OK';

  test.each([
    ['{ open }', null, 'OK'],
    ['{ signedIn }', null, 'UNAUTHENTICATED'],
    ['{ signedIn }', 'MENTEE', 'OK'],
    ['{ raw }', null, 'UNAUTHENTICATED'],
    ['{ raw }', 'COORDINATOR', 'FORBIDDEN'],
    ['{ raw }', 'ANALYST', 'OK'],
    ['{ vault { secret } }', 'ANALYST', 'FORBIDDEN'],
    ['{ vault { secret } }', 'ADMIN', 'OK'],
  ] as const)('%s as %s: %s', async (query, role, expected) => {
    expect(await codeOf(query, role)).toBe(expected);
  });

  test('a type rule and a field rule must both pass, on the entity path too', async () => {
    const entities = '{ _entities(representations: [{ __typename: "Vault", id: "1" }]) { ... on Vault { secret sealed } } }';
    const analyst = await subgraph.query(entities, identity('ANALYST'));
    expect(analyst.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const admin = await subgraph.query<{ _entities: unknown[] }>(entities, identity('ADMIN'));
    expect(admin.body.errors).toBeUndefined();
    expect(admin.body.data!._entities).toEqual([{ secret: 's', sealed: 'x' }]);
  });

  test('a refused field never reaches its resolver output', async () => {
    const { body } = await subgraph.query('{ open raw }', identity('MENTOR'));
    expect(body.data).toEqual({ open: 'open', raw: null });
  });
});
