import { describe, expect, it } from 'vitest';
import { type Consent, consentEvent, hasConsentedToMinSide, mayNotify } from './consent.js';

const t = (hh: number) => new Date(`2026-03-01T${String(hh).padStart(2, '0')}:00:00Z`);
const consent = (
  minSideAt: Date | null,
  notificationsAt: Date | null,
  withdrawnAt: Date | null,
): Consent => ({
  personId: 'p',
  minSideAt,
  notificationsAt,
  withdrawnAt,
});

describe('hasConsentedToMinSide', () => {
  it.each<[string, Consent | null, boolean]>([
    ['no consent row', null, false],
    ['nothing given', consent(null, null, null), false],
    ['only Min side', consent(t(10), null, null), false],
    ['only notifications', consent(null, t(10), null), false],
    ['both', consent(t(10), t(10), null), true],
    ['both, at different times', consent(t(10), t(11), null), true],
    ['both, then withdrawn', consent(t(10), t(10), t(12)), false],
    ['withdrawn at the same instant', consent(t(10), t(10), t(10)), false],
    ['withdrawn, then both given again', consent(t(13), t(13), t(12)), true],
    ['withdrawn, then only Min side again', consent(t(13), t(10), t(12)), false],
  ])('%s → %s', (_why, c, expected) => {
    expect(hasConsentedToMinSide(c)).toBe(expected);
  });
});

describe('mayNotify and the consent event', () => {
  const t = (iso: string) => new Date(`${iso}T12:00:00Z`);
  const consent = (over: Partial<Consent>): Consent => ({
    personId: 'p',
    minSideAt: null,
    notificationsAt: null,
    withdrawnAt: null,
    ...over,
  });
  it.each<[string, Consent, boolean]>([
    ['never asked', consent({}), false],
    ['consented', consent({ minSideAt: t('2026-01-01'), notificationsAt: t('2026-01-01') }), true],
    [
      'withdrawn after',
      consent({ minSideAt: t('2026-01-01'), notificationsAt: t('2026-01-01'), withdrawnAt: t('2026-02-01') }),
      false,
    ],
    [
      'consented again after withdrawing',
      consent({ minSideAt: t('2026-03-01'), notificationsAt: t('2026-03-01'), withdrawnAt: t('2026-02-01') }),
      true,
    ],
  ])('%s → %s', (_why, c, expected) => {
    expect(mayNotify(c)).toBe(expected);
    expect(consentEvent(c, t('2026-04-01'))).toEqual({
      personId: 'p',
      notifications: expected,
      at: '2026-04-01T12:00:00.000Z',
    });
  });
});
