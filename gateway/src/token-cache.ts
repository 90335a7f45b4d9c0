import type { InternalTokenSigner, Principal } from '@klageportal/federation';

export type TokenCacheOptions = {
  /** How long one token is reused, at most (it lives 60 s; the rest is its margin). */
  reuseMs?: number;
  /** Most tokens kept (principal × audience); the oldest go first. */
  maxEntries?: number;
  now?: () => number;
};

export const TOKEN_REUSE_MS = 30_000;
const MAX_TOKENS = 10_000;

/**
 * Internal tokens for subgraph calls, signed once per (principal, audience) and reused for half
 * their lifetime: ES256 signing was a sixth of the gateway's CPU per request (three tokens per
 * dashboard request; docs/performance.md). What the subgraphs verify is unchanged (issuer,
 * audience, algorithm, iat/exp, at most a minute, the principal): a reused token is one that
 * is still valid, for the same principal (to the byte) and the same subgraph. Such tokens carry
 * no request id (`rid`): the request id travels in `x-request-id`, as before.
 *
 * Concurrent first requests share one signing; a failed signing is not kept.
 */
export function createTokenCache(sign: InternalTokenSigner, options: TokenCacheOptions = {}) {
  const reuseMs = Math.min(options.reuseMs ?? TOKEN_REUSE_MS, 50_000);
  const maxEntries = options.maxEntries ?? MAX_TOKENS;
  const now = options.now ?? Date.now;
  const tokens = new Map<string, { token: Promise<string>; until: number }>();

  return (principal: Principal, audience: string): Promise<string> => {
    const key = `${audience}\u0000${JSON.stringify(principal)}`;
    const at = now();
    const hit = tokens.get(key);
    if (hit && hit.until > at) return hit.token;
    if (hit) tokens.delete(key);
    const token = sign(principal, audience);
    const entry = { token, until: at + reuseMs };
    tokens.set(key, entry);
    if (tokens.size > maxEntries) tokens.delete(tokens.keys().next().value as string);
    token.catch(() => {
      if (tokens.get(key) === entry) tokens.delete(key);
    });
    return token;
  };
}

export type TokenCache = ReturnType<typeof createTokenCache>;
