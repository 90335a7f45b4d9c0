import { createHash } from 'node:crypto';
import type { Principal } from '@klageportal/federation';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Requests per minute the gateway takes from one caller before it answers 429: per portal
 * session (citizen or staff), per partner organisation (Maskinporten), per IP address for
 * anonymous callers and for starting a login. 0 turns a limit off. Counted in this process
 * (each replica counts its own: with N replicas behind a load balancer a caller gets up to N×).
 * Addresses are shared (mobile carriers' NAT, a hospital's network), so the per-address limits
 * stop floods, not people: they are well above what a crowd behind one address does.
 */
export type RateLimitConfig = {
  sessionPerMinute: number;
  partnerPerMinute: number;
  anonymousPerMinute: number;
  loginPerMinute: number;
};

export const DEFAULT_RATE_LIMITS: RateLimitConfig = {
  sessionPerMinute: 1200,
  partnerPerMinute: 3000,
  anonymousPerMinute: 1200,
  loginPerMinute: 120,
};

export const RATE_LIMITED = 'RATE_LIMITED';

/** null: go on; otherwise how many seconds the caller should wait. */
export type RateCheck = (key: string) => Promise<number | null>;

function limiter(pointsPerMinute: number): RateCheck {
  if (pointsPerMinute <= 0) return async () => null;
  const counter = new RateLimiterMemory({ points: pointsPerMinute, duration: 60 });
  return async (key) => {
    try {
      await counter.consume(key);
      return null;
    } catch (rejected) {
      if (rejected instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejected.msBeforeNext / 1000));
      throw rejected;
    }
  };
}

/** The key a caller is counted under: never a session id or token itself (a hash of its reference). */
export function rateKey(principal: Principal, ip: string): { bucket: keyof RateBuckets; key: string } {
  switch (principal.kind) {
    case 'citizen':
      return { bucket: 'session', key: hash(`citizen:${principal.sessionRef}`) };
    case 'staff':
      return { bucket: 'session', key: hash(`staff:${principal.staffId}`) };
    case 'partner':
      return { bucket: 'partner', key: principal.orgnr };
    default:
      return { bucket: 'anonymous', key: ip };
  }
}

const hash = (value: string) => createHash('sha256').update(value).digest('base64url').slice(0, 22);

type RateBuckets = { session: RateCheck; partner: RateCheck; anonymous: RateCheck };

export function createRateLimits(config: RateLimitConfig) {
  const buckets: RateBuckets = {
    session: limiter(config.sessionPerMinute),
    partner: limiter(config.partnerPerMinute),
    anonymous: limiter(config.anonymousPerMinute),
  };
  const login = limiter(config.loginPerMinute);
  return {
    /** A GraphQL or file request by this caller (from this IP when anonymous). */
    request(principal: Principal, ip: string): Promise<number | null> {
      const { bucket, key } = rateKey(principal, ip);
      return buckets[bucket](key);
    },
    /** Starting a login (or coming back from the IdP) from this IP. */
    login: (ip: string) => login(ip),
  };
}

export type RateLimits = ReturnType<typeof createRateLimits>;

/** The /auth paths that start a login or finish one (each costs the IdP and identity a round trip). */
export const LOGIN_PATH = /^\/auth\/(staff\/)?(login|callback)(\/|\?|$)/;
