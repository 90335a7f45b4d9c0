import { createHash } from 'node:crypto';
import type { Principal } from '@klageportal/federation';

export type SessionCacheOptions = {
  /** How long a session's principal is served without asking identity; 0 turns the cache off. */
  ttlMs?: number;
  /** Most sessions kept; the oldest go first. */
  maxEntries?: number;
  now?: () => number;
};

export const SESSION_CACHE_TTL_MS = 5_000;
const MAX_SESSIONS = 10_000;

/** The key of a session cookie value: its SHA-256 in hex, as identity keys sessions (`sessionRef`). */
export function sessionRefOf(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

/**
 * A short memory of session lookups (identity's answer to "whose session is this?"), so that a
 * burst of requests on one session asks identity once, not once per request.
 *
 * - Kept for `ttlMs` (default 5 s) from the answer, at most `maxEntries` sessions, keyed by the
 *   SHA-256 of the cookie value (never the cookie value itself).
 * - Only a live session's principal is kept: failures (identity down, an error) and "no such
 *   session" are never kept, so nothing is served from memory that identity did not vouch for.
 * - Concurrent lookups of one session share one call to identity.
 * - `forget` drops a session at once, including a lookup still under way (its answer is not
 *   kept): logout, and any change a citizen makes through the gateway (consent, acting for
 *   someone) are seen by the very next request. A change made elsewhere (a session ending at the
 *   IdP, a mandate ending, idle expiry) is seen within `ttlMs`.
 */
export function createSessionCache(options: SessionCacheOptions = {}) {
  const ttlMs = options.ttlMs ?? SESSION_CACHE_TTL_MS;
  const maxEntries = options.maxEntries ?? MAX_SESSIONS;
  const now = options.now ?? Date.now;
  const known = new Map<string, { principal: Principal; until: number }>();
  const pending = new Map<string, Promise<Principal | null>>();

  const cache = {
    async get(sessionId: string, lookup: () => Promise<Principal | null>): Promise<Principal | null> {
      if (ttlMs <= 0) return lookup();
      const ref = sessionRefOf(sessionId);
      const hit = known.get(ref);
      if (hit && hit.until > now()) return hit.principal;
      if (hit) known.delete(ref);
      const underWay = pending.get(ref);
      if (underWay) return underWay;
      const answer = lookup();
      pending.set(ref, answer);
      try {
        const principal = await answer;
        // kept only if this is still the lookup of record (not forgotten meanwhile)
        if (principal && principal.kind !== 'anonymous' && pending.get(ref) === answer) {
          known.set(ref, { principal, until: now() + ttlMs });
          if (known.size > maxEntries) known.delete(known.keys().next().value as string);
        }
        return principal;
      } finally {
        if (pending.get(ref) === answer) pending.delete(ref);
      }
    },
    /** Drops a session by its `sessionRef` (the SHA-256 of the cookie value). */
    forget(sessionRef: string): void {
      known.delete(sessionRef);
      pending.delete(sessionRef);
    },
    get size() {
      return known.size;
    },
  };
  live.add(new WeakRef(cache));
  return cache;
}

export type SessionCache = ReturnType<typeof createSessionCache>;

const live = new Set<WeakRef<SessionCache>>();

/**
 * Drops a session from every session cache of this process: the data sources call it after a
 * citizen's mutation (the authenticator that cached the session is not theirs to hold).
 */
export function forgetSession(sessionRef: string): void {
  for (const ref of live) {
    const cache = ref.deref();
    if (cache) cache.forget(sessionRef);
    else live.delete(ref);
  }
}
