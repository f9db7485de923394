// Loading by keys in order: what DataLoader requires of every batch function in the services.
import { byKeys, groupByKeys } from '../src';

test('rows come back in key order, null for a key without a row, repeated keys answered twice', () => {
  const rows = [
    { id: 'b', n: 2 },
    { id: 'a', n: 1 },
  ];
  expect(byKeys(['a', 'x', 'b', 'a'], rows, (row) => row.id)).toEqual([{ id: 'a', n: 1 }, null, { id: 'b', n: 2 }, { id: 'a', n: 1 }]);
});

test('one-to-many loads group every row under its key, an empty list for a key without rows', () => {
  const rows = [
    { owner: 'b', v: 1 },
    { owner: 'a', v: 2 },
    { owner: 'b', v: 3 },
  ];
  expect(groupByKeys(['b', 'c', 'a'], rows, (row) => row.owner)).toEqual([
    [
      { owner: 'b', v: 1 },
      { owner: 'b', v: 3 },
    ],
    [],
    [{ owner: 'a', v: 2 }],
  ]);
});
