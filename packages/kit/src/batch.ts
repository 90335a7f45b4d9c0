/**
 * Orders a batch's rows by the keys asked for, null where nothing matched: the contract a
 * DataLoader batch function must keep.
 */
export function orderByKeys<K, V>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => K,
): (V | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}
