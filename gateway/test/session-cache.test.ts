import type { IncomingMessage } from 'node:http';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createInternalTokenSigner,
  generateInternalKeyPair,
  type InternalTokenSigner,
  type Principal,
} from '@klageportal/federation';
import { until } from '@klageportal/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuthenticator } from '../src/authenticate.js';
import {
  createSessionCache,
  forgetSession,
  SESSION_CACHE_TTL_MS,
  sessionRefOf,
} from '../src/session-cache.js';

/**
 * The short memory of session lookups: identity is asked once per session per few seconds, a
 * logged-out session stops working within that bound (at once through the gateway's own logout
 * route), failures and "no session" are never kept.
 */
const SESSION = 'a'.repeat(43);
const OTHER = 'b'.repeat(43);
const citizen = (sessionId: string, consented = true): Principal => ({
  kind: 'citizen',
  personId: '0b7c2a52-5f7e-4c1e-8f2a-000000000003',
  acr: 'idporten-loa-high',
  consented,
  actingFor: null,
  actingAs: [],
  sessionRef: sessionRefOf(sessionId),
});

/** A stand-in for identity's session resolution: live sessions, revoked ones, or failing. */
const identity = {
  live: new Map<string, Principal>(),
  failing: false,
  /** Answers held back until released (to test lookups under way); read when asked. */
  hold: null as Promise<void> | null,
  asked: 0,
};
let server: http.Server;
let resolveUrl: string;
let sign: InternalTokenSigner;

beforeAll(async () => {
  sign = await createInternalTokenSigner({ privateJwk: (await generateInternalKeyPair()).privateJwk });
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', async () => {
      identity.asked++;
      if (identity.failing) return res.writeHead(503).end();
      const { sessionId } = JSON.parse(body) as { sessionId: string };
      // read first, answer after any hold: a held answer is the state when it was asked
      const answer = JSON.stringify({ principal: identity.live.get(sessionId) ?? null });
      if (identity.hold) await identity.hold;
      res.writeHead(200, { 'content-type': 'application/json' }).end(answer);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  resolveUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/internal/sessions/resolve`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  identity.live = new Map([
    [SESSION, citizen(SESSION)],
    [OTHER, citizen(OTHER)],
  ]);
  identity.failing = false;
  identity.hold = null;
  identity.asked = 0;
});

/** An authenticator on a clock the test moves. */
function authenticator(options: { ttlMs?: number; maxEntries?: number } = {}) {
  let now = 1_000_000;
  const authenticate = createAuthenticator({
    sessionCookieName: 'kp_session',
    sessionResolveUrl: resolveUrl,
    signInternalToken: sign,
    maskinporten: null,
    sessionCache: { ...options, now: () => now },
  });
  const request = (sessionId: string) =>
    ({ headers: { cookie: `kp_session=${sessionId}` } }) as IncomingMessage;
  return {
    authenticate,
    request,
    kindOf: async (sessionId: string) => {
      const outcome = await authenticate(request(sessionId), 'req-1');
      return outcome.ok ? outcome.principal.kind : outcome.code;
    },
    later: (ms: number) => {
      now += ms;
    },
  };
}

describe('session lookups through the authenticator', () => {
  it('asks identity once per session within the time it is kept, and again after', async () => {
    const a = authenticator();
    expect(await a.kindOf(SESSION)).toBe('citizen');
    a.later(SESSION_CACHE_TTL_MS - 1);
    expect(await a.kindOf(SESSION)).toBe('citizen');
    expect(identity.asked).toBe(1);
    expect(await a.kindOf(OTHER)).toBe('citizen');
    expect(identity.asked).toBe(2);
    a.later(1);
    expect(await a.kindOf(SESSION)).toBe('citizen');
    expect(identity.asked).toBe(3);
  });

  it('a session logged out at identity stops working within the time it is kept', async () => {
    const a = authenticator();
    expect(await a.kindOf(SESSION)).toBe('citizen');
    identity.live.delete(SESSION); // logout elsewhere (the IdP's back-channel, idle expiry)
    a.later(SESSION_CACHE_TTL_MS);
    expect(await a.kindOf(SESSION)).toBe('anonymous');
    expect(identity.asked).toBe(2);
  });

  it('a session logged out through the gateway stops working at once (forget on /auth)', async () => {
    const a = authenticator();
    expect(await a.kindOf(SESSION)).toBe('citizen');
    identity.live.delete(SESSION);
    a.authenticate.forget(a.request(SESSION));
    expect(await a.kindOf(SESSION)).toBe('anonymous');
    expect(await a.kindOf(OTHER)).toBe('citizen');
  });

  it('keeps neither failures nor "no such session"', async () => {
    const a = authenticator();
    identity.failing = true;
    await expect(a.kindOf(SESSION)).rejects.toThrow(/session resolution failed/);
    identity.failing = false;
    expect(await a.kindOf(SESSION)).toBe('citizen');
    expect(identity.asked).toBe(2);

    identity.live.delete(OTHER);
    expect(await a.kindOf(OTHER)).toBe('anonymous');
    identity.live.set(OTHER, citizen(OTHER));
    expect(await a.kindOf(OTHER)).toBe('citizen');
    expect(identity.asked).toBe(4);
  });

  it('concurrent requests on one session share one lookup', async () => {
    const a = authenticator();
    const kinds = await Promise.all(Array.from({ length: 10 }, () => a.kindOf(SESSION)));
    expect(kinds).toEqual(Array(10).fill('citizen'));
    expect(identity.asked).toBe(1);
  });

  it('a change made through the gateway is seen by the next request (forgetSession), even one looked up meanwhile', async () => {
    const a = authenticator();
    expect(await a.kindOf(SESSION)).toBe('citizen');
    // the citizen withdraws consent: identity's answer changes, the data source forgets the session
    identity.live.set(SESSION, citizen(SESSION, false));
    forgetSession(sessionRefOf(SESSION));
    const consented = async () => {
      const outcome = await a.authenticate(a.request(SESSION), 'req-2');
      return outcome.ok && outcome.principal.kind === 'citizen' ? outcome.principal.consented : null;
    };
    expect(await consented()).toBe(false);

    // a lookup under way when the session is forgotten (it read the state before the change)
    // answers its own request, but is not kept
    let release = () => {};
    identity.hold = new Promise<void>((r) => {
      release = r;
    });
    a.later(SESSION_CACHE_TTL_MS);
    const underWay = consented();
    await until(async () => (identity.asked === 3 ? true : undefined));
    identity.live.set(SESSION, citizen(SESSION, true));
    forgetSession(sessionRefOf(SESSION));
    identity.hold = null;
    release();
    expect(await underWay).toBe(false);
    expect(await consented()).toBe(true);
    expect(identity.asked).toBe(4);
  });

  it('off with a time of 0, and when not asked for: identity is asked for every request', async () => {
    const a = authenticator({ ttlMs: 0 });
    await a.kindOf(SESSION);
    await a.kindOf(SESSION);
    expect(identity.asked).toBe(2);
    const plain = createAuthenticator({
      sessionCookieName: 'kp_session',
      sessionResolveUrl: resolveUrl,
      signInternalToken: sign,
      maskinporten: null,
    });
    await plain(a.request(SESSION), 'req-3');
    await plain(a.request(SESSION), 'req-4');
    expect(identity.asked).toBe(4);
  });
});

describe('createSessionCache', () => {
  it('keeps at most maxEntries sessions, by the SHA-256 of the cookie value, dropping the oldest', async () => {
    const cache = createSessionCache({ maxEntries: 2 });
    const lookups: string[] = [];
    const get = (id: string) =>
      cache.get(id, async () => {
        lookups.push(id);
        return citizen(id);
      });
    for (const id of ['1'.repeat(43), '2'.repeat(43), '3'.repeat(43)]) await get(id);
    expect(cache.size).toBe(2);
    await get('3'.repeat(43));
    await get('2'.repeat(43));
    await get('1'.repeat(43)); // the oldest went: looked up again
    expect(lookups).toEqual(['1', '2', '3', '1'].map((c) => c.repeat(43)));
    // the key is the hash (what forget takes), never the cookie value
    cache.forget('1'.repeat(43));
    expect(cache.size).toBe(2);
    cache.forget(sessionRefOf('1'.repeat(43)));
    expect(cache.size).toBe(1);
  });
});
