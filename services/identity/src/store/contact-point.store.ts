import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContactPoint, ContactPointKind } from '../domain/contact-point.js';
import { ContactPointRecord } from './entities/index.js';

const toContactPoint = (r: ContactPointRecord): ContactPoint => ({
  id: r.id,
  personId: r.personId,
  kind: r.kind,
  value: r.value,
  verifiedAt: r.verifiedAt,
  createdAt: r.createdAt,
});

/** The current contact points of many persons, in one statement. */
export async function findContactPointsForPersons(
  em: EntityManager,
  personIds: readonly string[],
): Promise<ContactPoint[]> {
  const rows = await em.find(
    ContactPointRecord,
    { personId: { $in: [...personIds] } },
    { orderBy: { personId: 'asc', kind: 'asc' }, disableIdentityMap: true },
  );
  return rows.map(toContactPoint);
}

/** A person's current contact points (at most one per kind). */
export async function findContactPoints(em: EntityManager, personId: string): Promise<ContactPoint[]> {
  return findContactPointsForPersons(em, [personId]);
}

/**
 * Sets the person's current value of one kind, replacing any earlier one. The value is stored
 * as given: normalise it first (normaliseMobile, isDirectEmailAddress). Setting the same value
 * again keeps its verification unless a new `verifiedAt` is given; a new value starts unverified
 * unless `verifiedAt` says otherwise.
 */
export async function setContactPoint(
  em: EntityManager,
  input: { personId: string; kind: ContactPointKind; value: string; verifiedAt?: Date | null },
  now: Date,
): Promise<ContactPoint> {
  const current = await em.findOne(
    ContactPointRecord,
    { personId: input.personId, kind: input.kind },
    { disableIdentityMap: true },
  );
  if (current && current.value === input.value) {
    if (input.verifiedAt === undefined) return toContactPoint(current);
    await em.nativeUpdate(ContactPointRecord, { id: current.id }, { verifiedAt: input.verifiedAt });
    return toContactPoint({ ...current, verifiedAt: input.verifiedAt });
  }
  const fresh = { value: input.value, verifiedAt: input.verifiedAt ?? null, createdAt: now };
  await em
    .createQueryBuilder(ContactPointRecord)
    .insert({ id: randomUUID(), personId: input.personId, kind: input.kind, ...fresh })
    .onConflict(['personId', 'kind'])
    .merge(fresh)
    .execute();
  const row = await em.findOneOrFail(
    ContactPointRecord,
    { personId: input.personId, kind: input.kind },
    { disableIdentityMap: true },
  );
  return toContactPoint(row);
}
