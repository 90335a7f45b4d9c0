import type { IncomingMessage } from 'node:http';
import {
  anonymous,
  bearerToken,
  type InternalTokenSigner,
  type Principal,
  principalSchema,
} from '@klageportal/federation';
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import { z } from 'zod';
import { createSessionCache, type SessionCacheOptions, sessionRefOf } from './session-cache.js';

export type AuthOutcome =
  | { ok: true; principal: Principal }
  | { ok: false; status: 401 | 403; code: 'UNAUTHENTICATED' | 'FORBIDDEN'; message: string };

export type AuthenticatorOptions = {
  sessionCookieName: string;
  /** identity's session resolution endpoint (internal). */
  sessionResolveUrl: string;
  signInternalToken: InternalTokenSigner;
  maskinporten: {
    issuer: string;
    jwksUri: string;
    /** The scope NPE's clients must hold. */
    npeScope: string;
    /** `0192:<orgnr>` consumers allowed in; empty = any holder of the scope. */
    allowedConsumers: readonly string[];
  } | null;
  /**
   * A short memory of session lookups (session-cache.ts), off unless given: the gateway's
   * login/logout route must then call `forget` (a logged-out cookie must open nothing at once).
   */
  sessionCache?: SessionCacheOptions;
};

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** identity answers with the session's principal (citizen or staff), or null when there is none. */
const resolvedSession = z.object({ principal: principalSchema.nullable() });

const SESSION_ID = /^[A-Za-z0-9_-]{32,64}$/;

/**
 * Turns a caller into a principal: a Maskinporten bearer token → partner; a portal session
 * cookie → citizen or staff (resolved by identity, which owns sessions; with `sessionCache`,
 * remembered for a few seconds); nothing → anonymous.
 */
export function createAuthenticator(options: AuthenticatorOptions) {
  const mp = options.maskinporten;
  const maskinportenKeys = mp
    ? createRemoteJWKSet(new URL(mp.jwksUri), { cacheMaxAge: 24 * 3600_000 })
    : null;

  async function partner(token: string): Promise<AuthOutcome> {
    if (!mp || !maskinportenKeys) {
      return {
        ok: false,
        status: 401,
        code: 'UNAUTHENTICATED',
        message: 'Bearer tokens are not accepted here.',
      };
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, maskinportenKeys, {
        issuer: mp.issuer,
        algorithms: ['RS256', 'RS384', 'RS512'],
        requiredClaims: ['exp', 'iat', 'scope', 'consumer'],
        clockTolerance: 10,
      }));
    } catch {
      return { ok: false, status: 401, code: 'UNAUTHENTICATED', message: 'The access token is not valid.' };
    }
    const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [];
    const consumer = (payload.consumer as { ID?: unknown } | undefined)?.ID;
    const orgnr = typeof consumer === 'string' ? consumer.split(':').at(-1) : undefined;
    if (!orgnr || !/^\d{9}$/.test(orgnr)) {
      return {
        ok: false,
        status: 401,
        code: 'UNAUTHENTICATED',
        message: 'The access token names no consumer.',
      };
    }
    if (!scopes.includes(mp.npeScope)) {
      return {
        ok: false,
        status: 403,
        code: 'FORBIDDEN',
        message: `The access token lacks the scope ${mp.npeScope}.`,
      };
    }
    if (mp.allowedConsumers.length > 0 && !mp.allowedConsumers.includes(String(consumer))) {
      return { ok: false, status: 403, code: 'FORBIDDEN', message: 'This organisation has no access.' };
    }
    return { ok: true, principal: { kind: 'partner', orgnr, scopes } };
  }

  const sessions = createSessionCache(options.sessionCache ?? { ttlMs: 0 });

  async function session(sessionId: string, requestId: string): Promise<Principal> {
    if (!SESSION_ID.test(sessionId)) return anonymous;
    return (await sessions.get(sessionId, () => lookup(sessionId, requestId))) ?? anonymous;
  }

  /** identity's answer for a session: its principal, or null when there is no live session. */
  async function lookup(sessionId: string, requestId: string): Promise<Principal | null> {
    const token = await options.signInternalToken(anonymous, 'identity-sessions', requestId);
    const res = await fetch(options.sessionResolveUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-request-id': requestId,
      },
      body: JSON.stringify({ sessionId }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!res.ok) throw new Error(`session resolution failed with ${res.status}`);
    const parsed = resolvedSession.parse(await res.json());
    return parsed.principal as Principal | null;
  }

  const authenticate = async (req: IncomingMessage, requestId: string): Promise<AuthOutcome> => {
    const authorization = req.headers.authorization;
    if (authorization) {
      const token = bearerToken(authorization);
      if (!token)
        return {
          ok: false,
          status: 401,
          code: 'UNAUTHENTICATED',
          message: 'Malformed Authorization header.',
        };
      return partner(token);
    }
    const sessionId = readCookie(req.headers.cookie, options.sessionCookieName);
    return { ok: true, principal: sessionId ? await session(sessionId, requestId) : anonymous };
  };
  return Object.assign(authenticate, {
    /**
     * Forgets the session the request's cookie names, so the next request asks identity again:
     * for the login and logout routes (a logged-out session stops working at once, not within
     * the cache's few seconds).
     */
    forget(req: IncomingMessage): void {
      const sessionId = readCookie(req.headers.cookie, options.sessionCookieName);
      if (sessionId) sessions.forget(sessionRefOf(sessionId));
    },
  });
}

export type Authenticator = ReturnType<typeof createAuthenticator>;
