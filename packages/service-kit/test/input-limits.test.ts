// The argument size caps: literals, variables, nested inputs, exceptions and `_entities`.
import gql from 'graphql-tag';
import { buildSchema, getOperationAST, parse } from 'graphql';
import { identity, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import {
  DEFAULT_MAX_ENTITY_REPRESENTATIONS,
  findInputLimitViolation,
  subgraphEnvironment,
  subgraphInputLimits,
  type InputLimits,
  type SubgraphContextBase,
  type SubgraphDefinition,
} from '../src';

const schema = buildSchema(`
  directive @tagged(names: [String!]) on FIELD
  scalar JSON
  input Filter { codes: [ID!] nested: [Inner!] note: String }
  input Inner { tags: [String!] }
  type Query {
    search(filter: Filter, codes: [ID!], text: String, grid: [[Int!]!], raw: JSON): Int
    big(codes: [ID!]): Int
  }
`);
const limits: InputLimits = {
  maxListItems: 100,
  maxStringLength: 10_000,
  exceptions: { listItems: { 'Query.big(codes:)': 500, 'Inner.tags': 3 }, stringLength: { 'Filter.note': 20_000 } },
};

function violation(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const document = parse(query);
  return findInputLimitViolation(schema, document, getOperationAST(document, operationName)!, variables, limits);
}
const list = (n: number) => Array.from({ length: n }, () => '92050');

describe('the input walk', () => {
  test('refuses a 200,000-item variable list at its length, before reading any item', () => {
    const untouchable = new Proxy(list(200_000), {
      get: (target, key) => {
        if (typeof key === 'string' && /^[0-9]+$/.test(key)) throw new Error(`item ${key} was read`);
        return Reflect.get(target, key);
      },
    });
    expect(violation('query ($c: [ID!]) { search(filter: { codes: $c }) }', { c: untouchable })).toEqual({
      kind: 'listItems',
      argument: 'filter.codes',
      size: 200_000,
      limit: 100,
    });
  });

  test('accepts a list at the cap and refuses one item more, inline and in variables', () => {
    const inline = (n: number) =>
      `{ search(codes: [${list(n)
        .map((c) => `"${c}"`)
        .join(',')}]) }`;
    expect(violation(inline(100))).toBeUndefined();
    expect(violation(inline(101))).toMatchObject({ kind: 'listItems', argument: 'codes', size: 101 });
    expect(violation('query ($c: [ID!]) { search(codes: $c) }', { c: list(100) })).toBeUndefined();
    expect(violation('query ($f: Filter) { search(filter: $f) }', { f: { codes: list(101) } })).toMatchObject({ argument: 'filter.codes' });
  });

  test('follows lists of input objects, nested lists, fragments, directives and variable defaults', () => {
    expect(
      violation('query ($f: Filter) { search(filter: $f) }', { f: { nested: [{ tags: ['a'] }, { tags: ['a', 'b', 'c', 'd'] }] } }),
    ).toMatchObject({
      kind: 'listItems',
      argument: 'filter.nested.tags',
      limit: 3, // the input field's own cap
    });
    expect(violation('query ($g: [[Int!]!]) { search(grid: $g) }', { g: [[1], Array(101).fill(1)] })).toMatchObject({ argument: 'grid' });
    expect(
      violation('query ($c: [ID!]) { ...F } fragment F on Query { ...G } fragment G on Query { search(codes: $c) }', { c: list(101) }),
    ).toMatchObject({
      argument: 'codes',
    });
    expect(violation('query ($n: [String!]) { search @tagged(names: $n) }', { n: list(101) })).toMatchObject({ argument: 'names' });
    const withDefault = `query ($c: [ID!] = [${list(101)
      .map((c) => `"${c}"`)
      .join(',')}]) { search(codes: $c) }`;
    expect(violation(withDefault)).toMatchObject({ argument: 'codes' });
    expect(violation(withDefault, { c: ['92050'] })).toBeUndefined();
  });

  test('reads only the operation asked for', () => {
    const two = 'query A ($c: [ID!]) { search(codes: $c) } query B { search(codes: ["1"]) }';
    expect(violation(two, { c: list(101) }, 'B')).toBeUndefined();
    expect(violation(two, { c: list(101) }, 'A')).toMatchObject({ argument: 'codes' });
  });

  test('a coordinate with its own cap takes it instead of the general one', () => {
    expect(violation('query ($c: [ID!]) { big(codes: $c) }', { c: list(500) })).toBeUndefined();
    expect(violation('query ($c: [ID!]) { big(codes: $c) }', { c: list(501) })).toMatchObject({ limit: 500 });
    expect(violation('query ($t: String) { search(filter: { note: $t }) }', { t: 'x'.repeat(20_000) })).toBeUndefined();
    expect(violation('query ($t: String) { search(text: $t) }', { t: 'x'.repeat(20_000) })).toMatchObject({
      kind: 'stringLength',
      limit: 10_000,
    });
  });

  test('refuses a string over the cap and any NUL character, in literals, variables and list items', () => {
    expect(violation('query ($t: String) { search(text: $t) }', { t: 'x'.repeat(10_000) })).toBeUndefined();
    expect(violation('query ($t: String) { search(text: $t) }', { t: 'x'.repeat(10_001) })).toEqual({
      kind: 'stringLength',
      argument: 'text',
      size: 10_001,
      limit: 10_000,
    });
    expect(violation('{ search(text: "a\\u0000b") }')).toEqual({ kind: 'nulCharacter', argument: 'text' });
    expect(violation('query ($c: [ID!]) { search(codes: $c) }', { c: ['92050', '9\u00002050'] })).toMatchObject({ kind: 'nulCharacter' });
    expect(violation('query ($c: [ID!]) { search(codes: $c) }', { c: '9\u00002050' })).toMatchObject({ kind: 'nulCharacter' });
  });

  test('caps every list and string inside a custom scalar, however deep', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(violation('query ($r: JSON) { search(raw: $r) }', { r: deep })).toMatchObject({ kind: 'nulCharacter', argument: 'raw' });
    expect(violation('query ($r: JSON) { search(raw: $r) }', { r: { a: { b: list(101) } } })).toMatchObject({ kind: 'listItems' });
    expect(violation('{ search(raw: { a: ["ok", "x\\u0000"] }) }')).toMatchObject({ kind: 'nulCharacter' });
  });

  test('the subgraph caps come from its environment, `_entities` with its own', () => {
    const env = subgraphEnvironment.pick({ MAX_LIST_INPUT_ITEMS: true, MAX_STRING_INPUT_LENGTH: true, MAX_ENTITY_REPRESENTATIONS: true });
    expect(subgraphInputLimits(env.parse({}))).toMatchObject({
      maxListItems: 100,
      maxStringLength: 10_000,
      exceptions: { listItems: { 'Query._entities(representations:)': DEFAULT_MAX_ENTITY_REPRESENTATIONS } },
    });
    const set = subgraphInputLimits(
      env.parse({ MAX_LIST_INPUT_ITEMS: '5', MAX_STRING_INPUT_LENGTH: '50', MAX_ENTITY_REPRESENTATIONS: '7' }),
    );
    expect(set).toMatchObject({
      maxListItems: 5,
      maxStringLength: 50,
      exceptions: { listItems: { 'Query._entities(representations:)': 7 } },
    });
    expect(env.safeParse({ MAX_LIST_INPUT_ITEMS: '0' }).success).toBe(false);
  });
});

/** A throwaway subgraph that counts the calls reaching its resolvers. */
const calls = { search: 0, entities: 0 };
const definition: SubgraphDefinition<SubgraphContextBase> = {
  name: 'input_limits_probe',
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
    input Filter {
      codes: [ID!]
    }
    type Query {
      search(filter: Filter, text: String): Int
    }
    type Item @key(fields: "id") {
      id: ID!
    }
  `,
  resolvers: {
    Query: {
      search: (_parent: unknown, args: { filter?: { codes?: string[] } }) => {
        calls.search += 1;
        return args.filter?.codes?.length ?? 0;
      },
    },
    Item: {
      __resolveReference: (reference: { id: string }) => {
        calls.entities += 1;
        return reference;
      },
    },
  },
  entities: [],
  migrations: [],
  createContext: (base) => base,
};

describe('a subgraph reached directly with a valid gateway token', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(definition);
  });
  afterAll(() => subgraph.stop());

  test('refuses a 200,000-item list with BAD_USER_INPUT before its resolver runs', async () => {
    const before = calls.search;
    const { status, body } = await subgraph.query('query ($c: [ID!]) { search(filter: { codes: $c }) }', identity('ANALYST'), {
      c: list(200_000),
    });
    expect(status).toBe(400);
    expect(body.errors![0]).toMatchObject({
      message: '`filter.codes` holds 200000 items; at most 100 are accepted',
      extensions: { code: 'BAD_USER_INPUT', argument: 'filter.codes', inputLimit: 'listItems' },
    });
    expect(calls.search).toBe(before);
    const atCap = await subgraph.query('query ($c: [ID!]) { search(filter: { codes: $c }) }', identity('ANALYST'), { c: list(100) });
    expect(atCap.body).toEqual({ data: { search: 100 } });
  });

  test('refuses an overlong string and a NUL character with BAD_USER_INPUT', async () => {
    const query = 'query ($t: String) { search(text: $t) }';
    const long = await subgraph.query(query, identity(null), { t: 'x'.repeat(10_001) });
    expect(long.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text', inputLimit: 'stringLength' });
    const nul = await subgraph.query(query, identity(null), { t: 'Nanterre\u0000' });
    expect(nul.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text', inputLimit: 'nulCharacter' });
  });

  test('`_entities` takes the gateway-sized batch and refuses a larger one', async () => {
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Item { id } } }';
    const representations = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'Item', id: String(i) }));
    const served = await subgraph.query<{ _entities: unknown[] }>(query, identity(null), {
      r: representations(DEFAULT_MAX_ENTITY_REPRESENTATIONS),
    });
    expect(served.body.errors).toBeUndefined();
    expect(served.body.data!._entities).toHaveLength(DEFAULT_MAX_ENTITY_REPRESENTATIONS);
    const before = calls.entities;
    const refused = await subgraph.query(query, identity(null), { r: representations(DEFAULT_MAX_ENTITY_REPRESENTATIONS + 1) });
    expect(refused.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'representations',
      inputLimit: 'listItems',
    });
    expect(calls.entities).toBe(before);
  });
});
