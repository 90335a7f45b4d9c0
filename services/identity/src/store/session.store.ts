import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IdentityProvider, Session, SessionKind } from '../domain/session.js';
import { SessionRecord } from './entities/index.js';

const toSession = (r: Omit<SessionRecord, 'idToken'>): Session => ({
  id: r.id,
  kind: r.kind,
  personId: r.personId,
  staffId: r.staffId,
  staffRoles: r.staffRoles ?? [],
  loa: r.loa,
  idp: r.idp,
  idpSid: r.idpSid,
  createdAt: r.createdAt,
  lastSeenAt: r.lastSeenAt,
  absoluteExpiresAt: r.absoluteExpiresAt,
  revokedAt: r.revokedAt,
  actingForPersonId: r.actingForPersonId,
});

export type NewSession = {
  kind: SessionKind;
  personId?: string | null;
  staffId?: string | null;
  staffRoles?: readonly string[] | null;
  loa?: string | null;
  idp: IdentityProvider;
  idpSid?: string | null;
  /** The identity provider's ID token, kept for `id_token_hint` at logout. */
  idToken: string;
  absoluteExpiresAt: Date;
};

/**
 * The stored key of a session: SHA-256 of the cookie value. The cookie value itself is never
 * stored, so a copy of the table cannot be replayed as cookies; the key can travel inside
 * internal tokens (`sessionRef`) without being a credential.
 */
export function sessionRefOf(cookieValue: string): string {
  return createHash('sha256').update(cookieValue).digest('hex');
}

/**
 * A new session with a fresh 256-bit random cookie value (base64url), seen `now`. Its `id` is
 * the stored key (`sessionRefOf(cookieValue)`); `cookieValue` is returned once, for the cookie.
 */
export async function createSession(
  em: EntityManager,
  input: NewSession,
  now: Date,
): Promise<Session & { cookieValue: string }> {
  const cookieValue = randomBytes(32).toString('base64url');
  const row = {
    id: sessionRefOf(cookieValue),
    kind: input.kind,
    personId: input.personId ?? null,
    staffId: input.staffId ?? null,
    staffRoles: input.staffRoles ? [...input.staffRoles] : null,
    loa: input.loa ?? null,
    idp: input.idp,
    idpSid: input.idpSid ?? null,
    idToken: input.idToken,
    createdAt: now,
    lastSeenAt: now,
    absoluteExpiresAt: input.absoluteExpiresAt,
    revokedAt: null,
    actingForPersonId: null,
  };
  await em.insert(SessionRecord, row);
  return { ...toSession(row), cookieValue };
}

/** The session as stored now, whatever its state (decide with sessionState); never from a cache. */
export async function findSession(em: EntityManager, id: string): Promise<Session | null> {
  const row = await em.findOne(SessionRecord, { id }, { disableIdentityMap: true });
  return row ? toSession(row) : null;
}

/** The ID token of a session, for `id_token_hint` at logout. */
export async function findSessionIdToken(em: EntityManager, id: string): Promise<string | null> {
  const row = await em.findOne(
    SessionRecord,
    { id },
    { fields: ['idToken'], populate: ['idToken'], disableIdentityMap: true },
  );
  return row?.idToken ?? null;
}

/** Marks the session as seen at `now`, unless it is revoked. True if a session was touched. */
export async function touchSession(em: EntityManager, id: string, now: Date): Promise<boolean> {
  return (await em.nativeUpdate(SessionRecord, { id, revokedAt: null }, { lastSeenAt: now })) > 0;
}

/** Revokes the session (logout); a session already revoked keeps its first time. True if revoked now. */
export async function revokeSession(em: EntityManager, id: string, now: Date): Promise<boolean> {
  return (await em.nativeUpdate(SessionRecord, { id, revokedAt: null }, { revokedAt: now })) > 0;
}

/**
 * Revokes every live session the identity provider knows by this `sid` (front- or back-channel
 * logout). Returns how many were revoked.
 */
export async function revokeSessionsByIdpSid(
  em: EntityManager,
  idp: IdentityProvider,
  sid: string,
  now: Date,
): Promise<number> {
  return em.nativeUpdate(SessionRecord, { idp, idpSid: sid, revokedAt: null }, { revokedAt: now });
}

/** Sets (or clears) whom a citizen's session acts for; refuses revoked sessions. True if set. */
export async function setActingFor(em: EntityManager, id: string, personId: string | null): Promise<boolean> {
  return (await em.nativeUpdate(SessionRecord, { id, revokedAt: null }, { actingForPersonId: personId })) > 0;
}
