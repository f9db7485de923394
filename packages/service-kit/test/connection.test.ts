// The one pagination contract (pageRequest in, toConnection out) and its keyset cursors, proven
// without a database: every list of the three subgraphs relies on these refusals.
import { GraphQLError } from 'graphql';
import { encodeCursor, keysetAfter, pageInMemory, pageRequest, readKeyset, toConnection } from '../src';

const ID = '0b0e7c1e-5f3a-4c2b-9d1e-2a3b4c5d6e7f';

function refusal(run: () => unknown): { code: unknown; argument: unknown; message: string } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { code: error.extensions.code, argument: error.extensions.argument, message: error.message };
  }
  throw new Error('expected a refusal');
}

test('a keyset written by toConnection reads back as the same typed tuple', () => {
  const rows = [{ year: 2024, id: ID, title: 'a' }];
  const connection = toConnection(rows, 10, 1, (row) => [row.year, row.id]);
  const cursor = connection.pageInfo.endCursor;
  expect(cursor).not.toBeNull();
  const page = pageRequest(5, cursor);
  expect(page.limit).toBe(5);
  expect(keysetAfter(page, ['integer', 'uuid'])).toEqual([2024, ID]);
});

test('the first page has no keyset, and the extra row only tells that a next page exists', () => {
  expect(keysetAfter(pageRequest(null, null), ['text'])).toBeNull();
  const connection = toConnection(['a', 'b', 'c'], 2, 3, (row) => [row]);
  expect(connection.edges.map((edge) => edge.node)).toEqual(['a', 'b']);
  expect(connection.pageInfo.hasNextPage).toBe(true);
  expect(connection.totalCount).toBe(3);
});

test.each([
  ['not base64 of a cursor', Buffer.from('hello').toString('base64url')],
  ['not JSON', encodeCursor('2024|x')],
  ['too short', encodeCursor([2024])],
  ['too long', encodeCursor([2024, ID, 'x'])],
  ['a loose uuid (36 hyphens)', encodeCursor([2024, '-'.repeat(36)])],
  ['a year as text', encodeCursor(['2024', ID])],
  ['a fractional year', encodeCursor([2024.5, ID])],
  ['an object', encodeCursor('{"0":2024,"1":"x"}')],
])('a cursor that is %s is BAD_USER_INPUT on `after`', (_what, cursor) => {
  const error = refusal(() => keysetAfter(pageRequest(10, cursor), ['integer', 'uuid']));
  expect(error).toEqual({ code: 'BAD_USER_INPUT', argument: 'after', message: '`after` is not a cursor returned by this list' });
});

test('day and instant positions accept only real calendar values', () => {
  expect(readKeyset(JSON.stringify(['2024-02-29', '2026-12-02T15:52:11.123456Z']), ['day', 'instant'])).toEqual([
    '2024-02-29',
    '2026-12-02T15:52:11.123456Z',
  ]);
  for (const bad of [
    ['2023-02-29', '2026-12-02T15:52:11Z'],
    ['2024-02-29', '2026-12-02T24:00:00Z'],
    ['2024-02-29', '2026-12-02 15:52:11+00'],
  ]) {
    expect(refusal(() => readKeyset(JSON.stringify(bad), ['day', 'instant'])).code).toBe('BAD_USER_INPUT');
  }
});

test('a page size outside 1..100 is BAD_USER_INPUT on `first`', () => {
  for (const first of [0, 101, 2.5])
    expect(refusal(() => pageRequest(first, null))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
});

test('an in-memory list pages with the same cursors as a SQL list', () => {
  const rows = ['a', 'b', 'c', 'd'];
  const first = pageInMemory(rows, 2, null, (row) => [row]);
  expect(first.edges.map((edge) => edge.node)).toEqual(['a', 'b']);
  const second = pageInMemory(rows, 2, first.pageInfo.endCursor, (row) => [row]);
  expect(second.edges.map((edge) => edge.node)).toEqual(['c', 'd']);
  expect(second.pageInfo.hasNextPage).toBe(false);
});
