/**
 * An attacker's view of a published table of any depth (communes under territories under the
 * department), computed by enumerating the sums every subtree can take, not by the interval
 * arithmetic the kit's protection uses, so the three-level disclosure tests check the service
 * against an independent reading of the rule (DESIGN 8.4).
 */
export type PublishedNode = PublishedCell | PublishedTotal;

/** A count: its true value (null when the source did not disseminate it) and whether it is hidden. */
export interface PublishedCell {
  kind: 'cell';
  id: string;
  value: number | null;
  hidden: boolean;
}

/** A total over its parts (they add up to it): its true value and whether it is hidden. */
export interface PublishedTotal {
  kind: 'total';
  id: string;
  value: number;
  hidden: boolean;
  parts: PublishedNode[];
}

const isSmall = (value: number | null, threshold: number) => value !== null && value >= 1 && value <= threshold;

function all(node: PublishedNode): PublishedNode[] {
  return node.kind === 'cell' ? [node] : [node, ...node.parts.flatMap(all)];
}

/** Set of integers 0..cap as flags. */
type Sums = Uint8Array;

function fromRange(low: number, high: number, cap: number): Sums {
  const set = new Uint8Array(cap + 1);
  for (let v = Math.max(0, low); v <= Math.min(high, cap); v += 1) set[v] = 1;
  return set;
}

/** { a + b | a in left, b in right, a + b <= cap }; a contiguous right side costs O(cap). */
function addSets(left: Sums, right: Sums, cap: number): Sums {
  const members = [...right.keys()].filter((v) => right[v] === 1);
  const next = new Uint8Array(cap + 1);
  if (members.length === 0) return next;
  const low = members[0];
  const high = members[members.length - 1];
  if (members.length === high - low + 1) {
    // next[s] = 1 when some a in [s - high, s - low] is in `left` (prefix counts).
    const prefix = new Int32Array(cap + 2);
    for (let v = 0; v <= cap; v += 1) prefix[v + 1] = prefix[v] + left[v];
    for (let s = low; s <= cap; s += 1) if (prefix[s - low + 1] - prefix[Math.max(0, s - high)] > 0) next[s] = 1;
    return next;
  }
  for (let a = 0; a <= cap; a += 1) {
    if (left[a] === 0) continue;
    for (const b of members) if (a + b <= cap) next[a + b] = 1;
  }
  return next;
}

/**
 * The values `node` can take (up to `cap`) for a reader who knows every published value, which
 * hidden nodes are small (1..t) and that the other hidden ones are above t; `pinned` fixes one node.
 */
function possible(node: PublishedNode, cap: number, threshold: number, pinned: { id: string; value: number }): Sums {
  const own = (): [number, number] => {
    if (node.id === pinned.id) return [pinned.value, pinned.value];
    if (!node.hidden) return node.value === null ? [0, Infinity] : [node.value, node.value];
    return isSmall(node.value, threshold) ? [1, threshold] : [threshold + 1, Infinity];
  };
  const [low, high] = own();
  if (node.kind === 'cell') return fromRange(low, high, cap);
  const bound = Math.min(cap, high);
  let sums = fromRange(0, 0, bound);
  for (const part of node.parts) sums = addSets(sums, possible(part, bound, threshold, pinned), bound);
  const result = new Uint8Array(cap + 1);
  for (let v = Math.max(0, low); v <= bound; v += 1) result[v] = sums[v];
  return result;
}

/**
 * The values each hidden small node (a cell, or a total below the root) can still take: v is
 * possible when some assignment of every hidden value, with that node at v, meets every
 * published total.
 */
export function feasibleValuesInTree(root: PublishedNode, threshold: number): Map<string, Set<number>> {
  const nodes = all(root);
  // No witness ever needs a value above every published figure plus room for each hidden one.
  const cap = nodes.reduce((sum, n) => sum + (n.hidden || n.value === null ? threshold + 1 : n.value), 0);
  const result = new Map<string, Set<number>>();
  for (const target of nodes.filter((n) => n !== root && n.hidden && isSmall(n.value, threshold))) {
    const values = new Set<number>();
    for (let v = 1; v <= threshold; v += 1) {
      if (possible(root, cap, threshold, { id: target.id, value: v }).some((flag) => flag === 1)) values.add(v);
    }
    result.set(target.id, values);
  }
  return result;
}

/** Hidden small nodes the reader can narrow below the full 1..threshold interval. */
export function narrowedInTree(root: PublishedNode, threshold: number): string[] {
  const narrowed: string[] = [];
  for (const [id, values] of feasibleValuesInTree(root, threshold)) if (values.size < threshold) narrowed.push(id);
  return narrowed;
}
