// Batch loaders answer in the order of the keys they were given (DataLoader's contract); the
// re-ordering of one SQL result is the same in every service, so it is written once here.

/** One row (or null) per key, in key order; the last row wins if two share a key. */
export function byKeys<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): (T | null)[] {
  const byKey = new Map<K, T>(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Every row of each key (one-to-many loaders), in key order; an empty list for a key without rows. */
export function groupByKeys<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
