// The pieces that let the gateway do less work than stock, on their own (no servers): entity
// representations sent once, costs remembered per document, the answer store's bounds and drops.
import { buildSchema, parse } from 'graphql';
import { CostMemo } from '../src/cost-memo';
import { dedupeRepresentations } from '../src/entity-representations';
import { AnswerStore } from '../src/response-cache';

describe('entity representations', () => {
  const commune = (code: string) => ({ __typename: 'Commune', code });

  test("each distinct representation is sent once and the answer is spread back in the gateway's order", () => {
    const deduped = dedupeRepresentations({
      representations: [commune('92050'), commune('92002'), commune('92050'), commune('92050')],
      year: 2023,
    });
    expect(deduped?.variables).toEqual({ representations: [commune('92050'), commune('92002')], year: 2023 });
    const answer = deduped?.expand({ data: { _entities: [{ name: 'Nanterre' }, { name: 'Antony' }] } });
    expect(answer?.data?._entities).toEqual([{ name: 'Nanterre' }, { name: 'Antony' }, { name: 'Nanterre' }, { name: 'Nanterre' }]);
    // Separate objects: the gateway merges later fetches into each one.
    const entities = answer?.data?._entities as object[];
    expect(entities[2]).not.toBe(entities[0]);
  });

  test('an error on a shared entity is reported at every position that asked for it', () => {
    const deduped = dedupeRepresentations({ representations: [commune('92050'), commune('92002'), commune('92050')] });
    const answer = deduped?.expand({
      data: { _entities: [null, { name: 'Antony' }] },
      errors: [{ message: 'refused', path: ['_entities', 0, 'mentoring'] }, { message: 'other' }],
    });
    expect(answer?.errors?.map((e) => e.path)).toEqual([['_entities', 0, 'mentoring'], ['_entities', 2, 'mentoring'], undefined]);
    expect(answer?.data?._entities).toEqual([null, { name: 'Antony' }, null]);
  });

  test('nothing changes without repeats, or for a call without representations', () => {
    expect(dedupeRepresentations({ representations: [commune('92050'), commune('92002')] })).toBeUndefined();
    expect(dedupeRepresentations({ first: 20 })).toBeUndefined();
    expect(dedupeRepresentations(undefined)).toBeUndefined();
  });
});

describe('remembered costs', () => {
  const schema = buildSchema('type Query { a(first: Int): [Int] }');
  const document = parse('query Q($n: Int) { a(first: $n) }');

  test('by document, operation name and variables; another schema starts afresh', () => {
    const memo = new CostMemo();
    memo.set(schema, document, 'Q', { n: 10 }, 11);
    expect(memo.get(schema, document, 'Q', { n: 10 })).toBe(11);
    expect(memo.get(schema, document, 'Q', { n: 11 })).toBeUndefined();
    expect(memo.get(schema, document, null, { n: 10 })).toBeUndefined();
    expect(memo.get(schema, parse('query Q($n: Int) { a(first: $n) }'), 'Q', { n: 10 })).toBeUndefined();
    expect(memo.get(buildSchema('type Query { a(first: Int): [Int] }'), document, 'Q', { n: 10 })).toBeUndefined();
  });

  test('a document keeps a bounded number of variable sets', () => {
    const memo = new CostMemo();
    for (let n = 0; n < 1000; n++) memo.set(schema, document, 'Q', { n }, n);
    expect(memo.get(schema, document, 'Q', { n: 0 })).toBeUndefined();
    expect(memo.get(schema, document, 'Q', { n: 999 })).toBe(999);
  });
});

describe('the answer store', () => {
  test("keeps an answer no longer than its TTL nor the subgraphs' max-age", () => {
    let now = 0;
    const store = new AnswerStore({ ttlMs: 5000, maxEntries: 10, now: () => now });
    expect(store.store('a', { x: 1 }, 60, store.generation)).toBe(true);
    expect(store.store('b', { x: 2 }, 2, store.generation)).toBe(true);
    now = 2500;
    expect(store.lookup('a')).toEqual({ x: 1 });
    expect(store.lookup('b')).toBeUndefined();
    now = 5001;
    expect(store.lookup('a')).toBeUndefined();
  });

  test('refuses an answer whose request began before a drop, and drops everything on a write', () => {
    const store = new AnswerStore({ ttlMs: 5000, maxEntries: 10 });
    const began = store.generation;
    store.store('a', { x: 1 }, 60, began);
    store.invalidate();
    expect(store.lookup('a')).toBeUndefined();
    expect(store.store('b', { x: 2 }, 60, began)).toBe(false);
    expect(store.size).toBe(0);
  });

  test('drops the least recently used answer beyond its size', () => {
    const store = new AnswerStore({ ttlMs: 5000, maxEntries: 2 });
    store.store('a', { x: 1 }, 60, store.generation);
    store.store('b', { x: 2 }, 60, store.generation);
    store.lookup('a');
    store.store('c', { x: 3 }, 60, store.generation);
    expect(store.lookup('b')).toBeUndefined();
    expect(store.lookup('a')).toEqual({ x: 1 });
  });

  test('identical requests in flight: the first leads, the others get what it stored', async () => {
    const store = new AnswerStore({ ttlMs: 5000, maxEntries: 2 });
    const leader = store.follow('k');
    expect(leader.pending).toBeUndefined();
    const follower = store.follow('k');
    leader.settle({ x: 1 });
    expect(await follower.pending).toEqual({ x: 1 });
    // Settled: the next one leads again.
    expect(store.follow('k').pending).toBeUndefined();
  });
});
