import { describe, expect, it } from 'vitest';
import { DEFAULT_SESSION_IDLE_MS, type SessionState, sessionState } from './session.js';

const NOW = new Date('2026-05-01T12:00:00Z');
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe('sessionState', () => {
  it.each<[string, Date, Date, Date | null, SessionState]>([
    ['just used', ago(1), later(600), null, 'ACTIVE'],
    ['idle 29 minutes', ago(29), later(600), null, 'ACTIVE'],
    ['idle exactly 30 minutes', ago(30), later(600), null, 'IDLE_EXPIRED'],
    ['idle 31 minutes', ago(31), later(600), null, 'IDLE_EXPIRED'],
    ['past its absolute end, though just used', ago(0), ago(1), null, 'EXPIRED'],
    ['at exactly its absolute end', ago(0), NOW, null, 'EXPIRED'],
    ['both idle and past its end: the absolute end wins', ago(60), ago(1), null, 'EXPIRED'],
    ['revoked', ago(1), later(600), ago(0), 'REVOKED'],
    ['revoked and expired: revocation wins', ago(60), ago(1), ago(2), 'REVOKED'],
  ])('%s → %s', (_why, lastSeenAt, absoluteExpiresAt, revokedAt, expected) => {
    expect(
      sessionState({ lastSeenAt, absoluteExpiresAt, revokedAt }, NOW, { idleMs: DEFAULT_SESSION_IDLE_MS }),
    ).toBe(expected);
  });

  it('defaults to 30 minutes of idleness', () => {
    const s = { lastSeenAt: ago(30), absoluteExpiresAt: later(600), revokedAt: null };
    expect(sessionState(s, NOW)).toBe('IDLE_EXPIRED');
    expect(sessionState(s, NOW, { idleMs: 31 * 60_000 })).toBe('ACTIVE');
  });
});
