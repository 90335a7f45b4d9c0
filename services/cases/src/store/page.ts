/**
 * Keyset paging over (updated_at, id): a cursor is the last row's pair, opaque to callers
 * (base64url JSON). A cursor that does not parse is refused (null), so a client with a broken
 * cursor does not silently start over.
 */
/**
 * `updatedAt` is PostgreSQL's own text of the timestamp, to the microsecond: a JavaScript Date
 * keeps milliseconds only, and a truncated key would return a row again or skip one.
 */
export type Cursor = { updatedAt: string; id: string };

export function encodeCursor(row: Cursor): string {
  return Buffer.from(JSON.stringify([row.updatedAt, row.id])).toString('base64url');
}

export function decodeCursor(cursor: string): Cursor | null {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [at, id] = value;
    if (typeof at !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(at)) return null;
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) return null;
    return { updatedAt: at, id };
  } catch {
    return null;
  }
}

export type Page<T> = { nodes: T[]; endCursor: string | null; hasNextPage: boolean; totalCount: number };

/** `%`, `_` and `\` in a user's search text match themselves in ILIKE. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
