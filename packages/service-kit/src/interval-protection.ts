/**
 * Interval protection of a hierarchical table of counts (communes under a department, later
 * territories between them): which cells to withhold so that a reader who knows every
 * published cell and total, the rule, and which withheld cells are small, still finds each
 * withheld small count anywhere in 1..threshold. Pure: no database, no GraphQL. In the kit
 * because every service that publishes counts of people applies the same rule (DESIGN 8.4).
 *
 * The reader's knowledge is a tree of sums with an integer interval per node, so the values
 * still possible for any node are an exact interval computed in two passes (sums of integer
 * intervals are integer intervals): bottom up, what each subtree can add up to; top down,
 * what its parent's constraint leaves it.
 */

/** A published or withheld count; `value` null when the source did not disseminate it. */
export interface TableCell {
  kind: 'cell';
  id: string;
  value: number | null;
}

/**
 * A total over its parts; `value` is the figure published for it. `sum` (the default): the
 * parts add up to it. `union`: it counts distinct people and a person may stand in several
 * parts, so it is at least the largest part and at most their sum.
 */
export interface TableTotal {
  kind: 'total';
  id: string;
  value: number;
  parts: TableNode[];
  relation?: 'sum' | 'union';
}

export type TableNode = TableCell | TableTotal;

export interface Protection {
  /** Counts from 1 to the threshold (cells and totals). */
  primary: Set<string>;
  /** Other cells withheld so that the primary ones cannot be narrowed. */
  secondary: Set<string>;
  /** Totals withheld because no choice of secondary cells protected their parts. */
  withheldTotals: Set<string>;
}

type Range = readonly [number, number];
const EMPTY: Range = [1, 0];
const intersect = (a: Range, b: Range): Range => [Math.max(a[0], b[0]), Math.min(a[1], b[1])];

export const isSmall = (value: number | null, threshold: number): boolean => value !== null && value >= 1 && value <= threshold;

/**
 * What the reader can say of every node, given which ids are withheld and which of them are
 * small: the exact interval of values consistent with all that is published.
 */
export function readerRanges(
  root: TableNode,
  withheld: ReadonlySet<string>,
  small: ReadonlySet<string>,
  threshold: number,
): Map<string, Range> {
  const own = new Map<string, Range>();
  // A withheld count the reader knows to be small is in 1..t; one withheld for another reason
  // is known not to be small, and secondary cells are never zeros, so it is above t.
  const domain = (id: string, value: number | null): Range => {
    if (!withheld.has(id)) return value === null ? [0, Infinity] : [value, value];
    return small.has(id) ? [1, threshold] : [threshold + 1, Infinity];
  };
  const up = (node: TableNode): Range => {
    let range: Range;
    if (node.kind === 'cell') range = domain(node.id, node.value);
    else {
      const ranges = node.parts.map(up);
      const sum = ranges.reduce<Range>((acc, r) => [acc[0] + r[0], acc[1] + r[1]], [0, 0]);
      const possible: Range = node.relation === 'union' ? [Math.max(0, ...ranges.map((r) => r[0])), sum[1]] : sum;
      // A withheld total is only known from its parts (and to be small or not).
      if (!withheld.has(node.id)) range = intersect(possible, [node.value, node.value]);
      else range = intersect(possible, small.has(node.id) ? [1, threshold] : [threshold + 1, Infinity]);
    }
    own.set(node.id, range);
    return range;
  };
  up(root);
  const result = new Map<string, Range>();
  const down = (node: TableNode, allowed: Range): void => {
    result.set(node.id, allowed);
    if (node.kind === 'cell') return;
    const ranges = node.parts.map((part) => own.get(part.id) ?? EMPTY);
    const low = ranges.reduce((sum, r) => sum + r[0], 0);
    // Unbounded parts are counted apart so that removing one from the sum never gives NaN.
    const unbounded = ranges.filter((r) => r[1] === Infinity).length;
    const boundedHigh = ranges.reduce((sum, r) => (r[1] === Infinity ? sum : sum + r[1]), 0);
    node.parts.forEach((part, index) => {
      const [partLow, partHigh] = ranges[index];
      const siblingsHigh =
        unbounded - (partHigh === Infinity ? 1 : 0) > 0 ? Infinity : boundedHigh - (partHigh === Infinity ? 0 : partHigh);
      // What the siblings can add up to leaves this part [allowed - siblings' high, allowed - siblings' low];
      // a part of a union is at most the union, whatever the others.
      const fromParent: Range =
        node.relation === 'union' ? [allowed[0] - siblingsHigh, allowed[1]] : [allowed[0] - siblingsHigh, allowed[1] - (low - partLow)];
      down(part, intersect(own.get(part.id) ?? EMPTY, fromParent));
    });
  };
  down(root, own.get(root.id) ?? EMPTY);
  return result;
}

function nodes(root: TableNode): TableNode[] {
  return root.kind === 'cell' ? [root] : [root, ...root.parts.flatMap(nodes)];
}

/**
 * The withheld small counts whose interval the reader can narrow (empty when protected): cells,
 * and totals below the root (a small root is bounded by its own small parts, which no other
 * cell can change).
 */
export function exposedCells(root: TableNode, withheld: ReadonlySet<string>, small: ReadonlySet<string>, threshold: number): string[] {
  const ranges = readerRanges(root, withheld, small, threshold);
  return nodes(root)
    .filter((node) => node !== root && small.has(node.id))
    .filter((node) => {
      const [low, high] = ranges.get(node.id) ?? EMPTY;
      return low > 1 || high < threshold;
    })
    .map((node) => node.id);
}

/** The totals above `id`, lowest first. */
function enclosingTotals(root: TableNode, id: string): TableTotal[] {
  const path: TableTotal[] = [];
  const walk = (node: TableNode, above: TableTotal[]): boolean => {
    if (node.id === id) {
      path.push(...above);
      return true;
    }
    return node.kind === 'total' && node.parts.some((part) => walk(part, [...above, node]));
  };
  walk(root, []);
  return path.reverse();
}

/** What secondary suppression may withhold in one step, and what it costs the public. */
interface Move {
  ids: string[];
  cost: number;
}

/**
 * The moves that can give doubt to `id`, cheapest first, among what lies under the lowest
 * published total above it that offers any: a published non-zero cell, or a published inner
 * total with its smallest such cell (a total alone gives no doubt while its parts add up to
 * it). Zeros are never taken: a withheld zero known not to be small would be known to be zero.
 */
function movesNear(root: TableNode, id: string, withheld: ReadonlySet<string>, threshold: number): Move[] {
  const open = (node: TableNode): boolean => !withheld.has(node.id) && node.value !== null && node.value > threshold;
  for (const total of enclosingTotals(root, id)) {
    if (withheld.has(total.id)) continue;
    const inside = nodes(total).filter((node) => node !== total);
    const cells = inside.filter((node): node is TableCell => node.kind === 'cell' && open(node));
    const moves: Move[] = cells.map((cell) => ({ ids: [cell.id], cost: cell.value ?? 0 }));
    for (const inner of inside) {
      if (inner.kind !== 'total' || !open(inner)) continue;
      const smallest = cells.filter((cell) => nodes(inner).includes(cell)).sort((x, y) => (x.value ?? 0) - (y.value ?? 0))[0];
      if (smallest) moves.push({ ids: [inner.id, smallest.id], cost: inner.value + (smallest.value ?? 0) });
    }
    if (moves.length > 0) return moves.sort((x, y) => x.cost - y.cost || x.ids.join().localeCompare(y.ids.join()));
  }
  return [];
}

/**
 * Primary suppression of every small count, then secondary cells, smallest first: at each
 * step the cheapest move that protects every small count on its own is taken; when none does,
 * the largest (it adds the most doubt) and the search goes on. When no choice suffices, the
 * lowest total that exposes a cell is withheld and the choice starts again without it, so the
 * public keeps as many cells as the rule allows. `forced` ids are withheld whatever this table
 * says (a decision taken in another table published beside this one).
 */
export function protectTable(root: TableNode, threshold: number, forced: ReadonlySet<string> = new Set()): Protection {
  const key = JSON.stringify([threshold, [...forced].sort(), root]);
  let decision = recentProtections.get(key);
  if (!decision) {
    decision = searchProtection(root, threshold, forced);
    if (recentProtections.size >= REMEMBERED_PROTECTIONS) recentProtections.delete(recentProtections.keys().next().value ?? '');
    recentProtections.set(key, decision);
  }
  // Copies: a caller may add to its sets without changing what the next caller is given.
  return { primary: new Set(decision.primary), secondary: new Set(decision.secondary), withheldTotals: new Set(decision.withheldTotals) };
}

/**
 * Decisions by table content, oldest out first. A decision is a pure function of the table, the
 * threshold and the forced ids, so no invalidation is needed: other counts make another key. The
 * search costs tens of milliseconds on a 36-commune table with small counts, and every service
 * asks again for the same tables on every public overview.
 */
const recentProtections = new Map<string, Protection>();
const REMEMBERED_PROTECTIONS = 5000;

function searchProtection(root: TableNode, threshold: number, forced: ReadonlySet<string>): Protection {
  const all = nodes(root);
  const primary = new Set(all.filter((node) => isSmall(node.value, threshold)).map((node) => node.id));
  // What the reader knows even if everything that can be withheld were (a small total bounds its
  // small parts: 1 and 1 under a small 2 are each at most 1 + (t - 2)): no secondary cell can
  // widen a small count beyond that floor, so the search aims at the floor, not at 1..t, and
  // does not hide the table for nothing; but it still restores the floor when the published
  // cells narrow a count further (the 1 and 1 above, with their total recomputable: each is 1).
  // Zeros and undisseminated cells are never withheld, so they keep their value in the floor.
  const withholdable = all.filter((node) => node.value !== null && node.value > 0);
  const floor = readerRanges(root, new Set(withholdable.map((node) => node.id)), primary, threshold);
  const exposedBeyond = (withheld: ReadonlySet<string>) => {
    const ranges = readerRanges(root, withheld, primary, threshold);
    return all
      .filter((node) => node !== root && primary.has(node.id))
      .filter((node) => {
        const [low, high] = ranges.get(node.id) ?? EMPTY;
        const [floorLow, floorHigh] = floor.get(node.id) ?? EMPTY;
        return low > Math.max(1, floorLow) || high < Math.min(threshold, floorHigh);
      })
      .map((node) => node.id);
  };
  const withheldTotals = new Set<string>();
  for (;;) {
    const secondary = new Set<string>([...forced].filter((id) => !primary.has(id)));
    const withheld = () => new Set([...primary, ...secondary, ...withheldTotals]);
    let exposed = exposedBeyond(withheld());
    while (exposed.length > 0) {
      const moves = movesNear(root, exposed[0], withheld(), threshold);
      if (moves.length === 0) break;
      const sufficient = moves.find((move) => exposedBeyond(new Set([...withheld(), ...move.ids])).length === 0);
      (sufficient ?? moves[moves.length - 1]).ids.forEach((id) => secondary.add(id));
      exposed = exposedBeyond(withheld());
    }
    if (exposed.length === 0) return { primary, secondary, withheldTotals };
    const total = enclosingTotals(root, exposed[0]).find((t) => !withheldTotals.has(t.id) && !primary.has(t.id));
    // Nothing left to withhold: every total above is already hidden, so no equation remains
    // that could be tightened further by this rule.
    if (!total) return { primary, secondary, withheldTotals };
    withheldTotals.add(total.id);
  }
}
