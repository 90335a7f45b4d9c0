import type { Principal } from '@klageportal/federation';
import { describe, expect, it } from 'vitest';
import { createRateLimits, LOGIN_PATH, rateKey } from '../src/rate-limits.js';
import { citizen } from './support.js';

const staff: Principal = { kind: 'staff', staffId: 'staff-1', roles: ['case_officer'] };
const partner: Principal = { kind: 'partner', orgnr: '987654321', scopes: [] };
const anonymous: Principal = { kind: 'anonymous' };

async function until429(check: () => Promise<number | null>, max: number) {
  for (let i = 1; i <= max; i++) if ((await check()) !== null) return i;
  return null;
}

describe('rate limits', () => {
  const limits = { sessionPerMinute: 5, partnerPerMinute: 7, anonymousPerMinute: 3, loginPerMinute: 2 };

  it('count each portal session on its own, and refuse the one over the limit with a wait in seconds', async () => {
    const rl = createRateLimits(limits);
    for (let i = 0; i < 5; i++) expect(await rl.request(citizen('a'), '10.0.0.1')).toBeNull();
    const wait = await rl.request(citizen('a'), '10.0.0.1');
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    // another session from the same address is not held back by the first
    expect(await rl.request(citizen('b'), '10.0.0.1')).toBeNull();
    expect(await until429(() => rl.request(staff, '10.0.0.1'), 10)).toBe(6);
  });

  it('count partners per organisation and anonymous callers per address', async () => {
    const rl = createRateLimits(limits);
    expect(await until429(() => rl.request(partner, '10.0.0.2'), 20)).toBe(8);
    expect(await until429(() => rl.request(anonymous, '10.0.0.3'), 20)).toBe(4);
    expect(await rl.request(anonymous, '10.0.0.4')).toBeNull();
    expect(await until429(() => rl.login('10.0.0.5'), 20)).toBe(3);
  });

  it('can be turned off one by one (0)', async () => {
    const rl = createRateLimits({ ...limits, anonymousPerMinute: 0 });
    expect(await until429(() => rl.request(anonymous, '10.0.0.3'), 50)).toBeNull();
    expect(await until429(() => rl.request(citizen('a'), '10.0.0.3'), 50)).toBe(6);
  });

  it('never keep a session reference or person id as a key', () => {
    const { key } = rateKey(citizen('session-ref-value'), '10.0.0.1');
    expect(key).not.toContain('session-ref-value');
    expect(key).not.toContain('0b7c2a52');
    expect(rateKey(citizen('x'), '1.1.1.1').key).not.toBe(rateKey(citizen('y'), '1.1.1.1').key);
  });

  it('apply the login limit to starting and finishing a login only', () => {
    for (const path of [
      '/auth/login',
      '/auth/login?returnTo=%2F',
      '/auth/callback?code=x',
      '/auth/staff/login',
    ])
      expect(LOGIN_PATH.test(path)).toBe(true);
    for (const path of ['/auth/logout', '/auth/loginx', '/authx/login'])
      expect(LOGIN_PATH.test(path)).toBe(false);
  });
});
