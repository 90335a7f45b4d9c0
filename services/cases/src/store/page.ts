/**
 * Keyset paging over (updated_at, id): a cursor is the last row's pair, opaque to callers
 * (base64url JSON). A cursor that does not parse is refused (null), so a client with a broken
 * cursor does not silently start over.
 */
export type Cursor = { updatedAt: Date; id: string };

export function encodeCursor(row: Cursor): string {
  return Buffer.from(JSON.stringify([row.updatedAt.toISOString(), row.id])).toString('base64url');
}

export function decodeCursor(cursor: string): Cursor | null {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [at, id] = value;
    const updatedAt = new Date(at);
    if (typeof at !== 'string' || Number.isNaN(updatedAt.getTime())) return null;
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) return null;
    return { updatedAt, id };
  } catch {
    return null;
  }
}

export type Page<T> = { nodes: T[]; endCursor: string | null; hasNextPage: boolean; totalCount: number };

/** `%`, `_` and `\` in a user's search text match themselves in ILIKE. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
