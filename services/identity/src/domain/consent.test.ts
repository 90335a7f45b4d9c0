import { describe, expect, it } from 'vitest';
import { type Consent, hasConsentedToMinSide } from './consent.js';

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
