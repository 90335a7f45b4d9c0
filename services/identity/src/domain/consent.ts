/**
 * A person's consent to Min side and to notifications. Times are kept: withdrawing sets
 * `withdrawnAt`; consenting again sets the consent times after it.
 */
export type Consent = {
  personId: string;
  minSideAt: Date | null;
  notificationsAt: Date | null;
  withdrawnAt: Date | null;
};

/**
 * "First login: the person must consent to using Min side and to receiving notifications
 * before seeing anything else." Both consents must be given, and both after any withdrawal.
 */
export function hasConsentedToMinSide(consent: Consent | null): boolean {
  if (!consent?.minSideAt || !consent.notificationsAt) return false;
  const { withdrawnAt } = consent;
  if (!withdrawnAt) return true;
  return consent.minSideAt > withdrawnAt && consent.notificationsAt > withdrawnAt;
}

/**
 * Whether notices may be sent to the person, as identity tells other services: the notification
 * consent given after any withdrawal (today both consents are given and withdrawn together).
 */
export function mayNotify(consent: Consent | null): boolean {
  if (!consent?.notificationsAt) return false;
  return !consent.withdrawnAt || consent.notificationsAt > consent.withdrawnAt;
}

/** The event other services learn consent from (topic `person-consent`): no name, no address. */
export type PersonConsentEvent = { personId: string; notifications: boolean; at: string };

export function consentEvent(consent: Consent, at: Date): PersonConsentEvent {
  return { personId: consent.personId, notifications: mayNotify(consent), at: at.toISOString() };
}
