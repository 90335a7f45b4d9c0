import type { EntityManager } from '@mikro-orm/postgresql';
import type { Consent } from '../domain/consent.js';
import { ConsentRecord } from './entities/index.js';

const toConsent = (r: ConsentRecord): Consent => ({
  personId: r.personId,
  minSideAt: r.minSideAt,
  notificationsAt: r.notificationsAt,
  withdrawnAt: r.withdrawnAt,
});

/** The consents of many persons, in one statement; persons who never answered have none. */
export async function findConsents(em: EntityManager, personIds: readonly string[]): Promise<Consent[]> {
  const rows = await em.find(
    ConsentRecord,
    { personId: { $in: [...personIds] } },
    { disableIdentityMap: true },
  );
  return rows.map(toConsent);
}

export async function findConsent(em: EntityManager, personId: string): Promise<Consent | null> {
  const [consent] = await findConsents(em, [personId]);
  return consent ?? null;
}

/**
 * Records consent to Min side and to notifications at `now` (both: the first login asks for
 * both). An earlier withdrawal stays recorded; hasConsentedToMinSide compares the times.
 */
export async function recordConsent(em: EntityManager, personId: string, now: Date): Promise<Consent> {
  const given = { minSideAt: now, notificationsAt: now };
  await em
    .createQueryBuilder(ConsentRecord)
    .insert({ personId, ...given, withdrawnAt: null })
    .onConflict('personId')
    .merge(given)
    .execute();
  return (await findConsent(em, personId))!;
}

/** Withdraws consent at `now`; the earlier consent times stay recorded. */
export async function withdrawConsent(em: EntityManager, personId: string, now: Date): Promise<Consent> {
  await em
    .createQueryBuilder(ConsentRecord)
    .insert({ personId, minSideAt: null, notificationsAt: null, withdrawnAt: now })
    .onConflict('personId')
    .merge({ withdrawnAt: now })
    .execute();
  return (await findConsent(em, personId))!;
}

/** Every recorded consent (for telling other services at start). */
export async function findAllConsents(em: EntityManager): Promise<Consent[]> {
  const rows = await em.find(ConsentRecord, {}, { orderBy: { personId: 'asc' }, disableIdentityMap: true });
  return rows.map(toConsent);
}
