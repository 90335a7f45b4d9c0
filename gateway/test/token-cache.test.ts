import {
  createInternalTokenSigner,
  createInternalTokenVerifier,
  generateInternalKeyPair,
  type InternalKeyPair,
  type InternalTokenSigner,
  type Principal,
} from '@klageportal/federation';
import { decodeJwt } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTokenCache, TOKEN_REUSE_MS } from '../src/token-cache.js';

/**
 * Internal tokens for subgraph calls are signed once per (principal, audience) and reused for
 * half their minute; the subgraphs verify them exactly as before.
 */
const anne: Principal = {
  kind: 'citizen',
  personId: '0b7c2a52-5f7e-4c1e-8f2a-000000000003',
  acr: 'idporten-loa-high',
  consented: true,
  actingFor: null,
  actingAs: [],
  sessionRef: 'c'.repeat(64),
};
const siri: Principal = { kind: 'staff', staffId: 'saksbehandler-siri', roles: ['case_officer'] };

let keys: InternalKeyPair;
let sign: InternalTokenSigner;
beforeAll(async () => {
  keys = await generateInternalKeyPair();
  sign = await createInternalTokenSigner({ privateJwk: keys.privateJwk });
});

function cache(options: { maxEntries?: number } = {}) {
  let now = 5_000_000;
  const signed: string[] = [];
  const tokens = createTokenCache(
    async (principal, audience, requestId) => {
      signed.push(`${audience}:${principal.kind}`);
      return sign(principal, audience, requestId);
    },
    { ...options, now: () => now },
  );
  return {
    tokens,
    signed,
    later: (ms: number) => {
      now += ms;
    },
  };
}

describe('createTokenCache', () => {
  it('signs once per principal and audience, reuses the token for half its minute, then signs anew', async () => {
    const c = cache();
    const first = await c.tokens(anne, 'cases');
    c.later(TOKEN_REUSE_MS - 1);
    expect(await c.tokens({ ...anne }, 'cases')).toBe(first);
    expect(await c.tokens(anne, 'identity')).not.toBe(first);
    expect(await c.tokens(siri, 'cases')).not.toBe(first);
    expect(await c.tokens({ ...anne, consented: false }, 'cases')).not.toBe(first);
    expect(c.signed).toEqual(['cases:citizen', 'identity:citizen', 'cases:staff', 'cases:citizen']);
    c.later(1);
    expect(await c.tokens(anne, 'cases')).not.toBe(first);
    expect(c.signed).toHaveLength(5);
  });

  it('a reused token is verified by the subgraph as any other: its audience, its principal, within its minute', async () => {
    const c = cache();
    const token = await c.tokens(anne, 'cases');
    const cases = createInternalTokenVerifier({ publicJwks: keys.publicJwks, audience: 'cases' });
    const identity = createInternalTokenVerifier({ publicJwks: keys.publicJwks, audience: 'identity' });
    expect(await cases(token)).toEqual({ ok: true, value: anne });
    expect(await identity(token)).toMatchObject({ ok: false, code: 'WRONG_AUDIENCE' });
    const claims = decodeJwt(token);
    expect(claims.exp! - claims.iat!).toBe(60);
    // no request id in a token several requests use (it travels in x-request-id)
    expect(claims.rid).toBeUndefined();
  });

  it('concurrent first requests share one signing; a failed signing is not kept', async () => {
    let calls = 0;
    let fail = true;
    const tokens = createTokenCache(async (principal, audience) => {
      calls++;
      if (fail) throw new Error('no key');
      return sign(principal, audience);
    });
    await expect(Promise.all([tokens(anne, 'cases'), tokens(anne, 'cases')])).rejects.toThrow('no key');
    expect(calls).toBe(1);
    fail = false;
    const [a, b] = await Promise.all([tokens(anne, 'cases'), tokens(anne, 'cases')]);
    expect(a).toBe(b);
    expect(calls).toBe(2);
  });

  it('keeps at most maxEntries tokens, dropping the oldest', async () => {
    const c = cache({ maxEntries: 2 });
    await c.tokens(anne, 'cases');
    await c.tokens(anne, 'identity');
    await c.tokens(anne, 'press');
    await c.tokens(anne, 'press');
    await c.tokens(anne, 'identity');
    await c.tokens(anne, 'cases');
    expect(c.signed).toEqual(['cases:citizen', 'identity:citizen', 'press:citizen', 'cases:citizen']);
  });
});
