import fc from 'fast-check';
import { protectTable, type TableNode } from '../src/interval-protection';

/**
 * The interval property on three-level tables (root over inner totals over cells, exact sums),
 * checked by enumerating sets of reachable sums rather than with the engine's interval
 * arithmetic: every withheld small cell and inner total must keep every value 1..t.
 */
type Group = { id: string; cells: { id: string; value: number }[] };
const small = (v: number, t: number) => v >= 1 && v <= t;
const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);

function feasible(groups: Group[], rootTotal: number | null, hidden: Set<string>, t: number, bound: number): Map<string, Set<number>> {
  const domain = (id: string, value: number) => (!hidden.has(id) ? [value] : small(value, t) ? range(1, t) : range(t + 1, bound));
  // Per group: for each reachable group sum, the values each hidden part can take in it.
  const perGroup = groups.map((g) => {
    const groupValue = g.cells.reduce((s, c) => s + c.value, 0);
    let states = new Map<number, Map<string, Set<number>>[]>([[0, [new Map()]]]);
    for (const c of g.cells) {
      const next = new Map<number, Map<string, Set<number>>[]>();
      for (const [sum, paths] of states)
        for (const v of domain(c.id, c.value)) {
          if (sum + v > bound) continue;
          const list = next.get(sum + v) ?? [];
          for (const p of paths) list.push(new Map([...p, [c.id, new Set([v])]]));
          next.set(sum + v, list.slice(0, 200));
        }
      states = next;
    }
    const allowed = domain(g.id, groupValue);
    return { g, sums: new Map([...states].filter(([sum]) => allowed.includes(sum))) };
  });
  const result = new Map<string, Set<number>>();
  const note = (id: string, v: number) => result.set(id, (result.get(id) ?? new Set()).add(v));
  perGroup.forEach(({ g, sums }, index) => {
    // Sums the other groups can reach together.
    let others = new Set([0]);
    perGroup.forEach((o, j) => {
      if (j === index) return;
      const next = new Set<number>();
      for (const a of others) for (const b of o.sums.keys()) if (a + b <= bound) next.add(a + b);
      others = next;
    });
    for (const [sum, paths] of sums) {
      const fits = rootTotal === null ? others.size > 0 : others.has(rootTotal - sum);
      if (!fits) continue;
      if (hidden.has(g.id)) note(g.id, sum);
      for (const p of paths) for (const [id, vs] of p) if (hidden.has(id)) vs.forEach((v) => note(id, v));
    }
  });
  return result;
}

const tables = fc.record({
  t: fc.integer({ min: 1, max: 3 }),
  groups: fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 4, max: 9 })), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 3,
  }),
});

test('on random three-level tables every withheld small count keeps 1..t (checked by enumeration)', () => {
  fc.assert(
    fc.property(tables, ({ t, groups: raw }) => {
      const groups: Group[] = raw.map((values, g) => ({ id: `g${g}`, cells: values.map((value, c) => ({ id: `g${g}c${c}`, value })) }));
      const rootValue = groups.reduce((s, g) => s + g.cells.reduce((a, c) => a + c.value, 0), 0);
      const table: TableNode = {
        kind: 'total',
        id: 'root',
        value: rootValue,
        parts: groups.map((g) => ({
          kind: 'total',
          id: g.id,
          value: g.cells.reduce((a, c) => a + c.value, 0),
          parts: g.cells.map((c) => ({ kind: 'cell', id: c.id, value: c.value })),
        })),
      };
      const { primary, secondary, withheldTotals } = protectTable(table, t);
      const hidden = new Set([...primary, ...secondary, ...withheldTotals]);
      // A withheld grand total is unknown: values range as far as any table here could go.
      const values = feasible(groups, hidden.has('root') ? null : rootValue, hidden, t, hidden.has('root') ? 30 : rootValue);
      // What a reader would know with everything withheld: a small total bounds its small parts
      // (1 and 1 under a small 2), and no rule can undo that; everything else must keep 1..t.
      const allIds = new Set(['root', ...groups.flatMap((g) => [g.id, ...g.cells.map((c) => c.id)])]);
      const inherent = feasible(groups, null, allIds, t, small(rootValue, t) ? t : 30);
      for (const id of primary) {
        if (id === 'root' || (inherent.get(id)?.size ?? 0) < t) continue;
        expect({ id, values: [...(values.get(id) ?? [])].sort() }).toEqual({ id, values: range(1, t) });
      }
    }),
    { numRuns: 400, seed: 92 },
  );
});

test('a small year hidden beside a published grand total takes another inner total with one of its cells, not the grand total', () => {
  const cell = (id: string, value: number): TableNode => ({ kind: 'cell', id, value });
  const table: TableNode = {
    kind: 'total',
    id: 'all',
    value: 75,
    parts: [
      { kind: 'total', id: '2023', value: 3, parts: [cell('2023:health', 3)] },
      { kind: 'total', id: '2024', value: 35, parts: [cell('2024:justice', 20), cell('2024:education', 15)] },
      { kind: 'total', id: '2025', value: 37, parts: [cell('2025:justice', 25), cell('2025:police', 12)] },
    ],
  };
  const { secondary, withheldTotals } = protectTable(table, 5);
  expect(withheldTotals.size).toBe(0);
  expect([...secondary].sort()).toEqual(['2025', '2025:police']);
});

test('a union total (distinct people) leaves the doubt its overlaps give, where a sum would need more', () => {
  // 10 people in all, 9 in one sector and 3 in another (two people in both): b >= 10 - 9.
  const table: TableNode = {
    kind: 'total',
    id: 'all',
    value: 10,
    relation: 'union',
    parts: [
      { kind: 'cell', id: 'a', value: 9 },
      { kind: 'cell', id: 'b', value: 3 },
    ],
  };
  const union = protectTable(table, 5);
  expect([...union.primary]).toEqual(['b']);
  expect(union.secondary.size + union.withheldTotals.size).toBe(0);
  // The same figures as an exact sum (12 = 9 + 3) pin b once a is published: a goes too.
  const sum = protectTable({ kind: 'total', id: 'all', value: 12, parts: table.kind === 'total' ? table.parts : [] }, 5);
  expect(sum.secondary.has('a') || sum.withheldTotals.has('all')).toBe(true);
});
