import { type Principal, STAFF_ROLES, type StaffRole } from '@klageportal/federation';
import { err, ok, type Result } from '@klageportal/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasConsentedToMinSide } from '../domain/consent.js';
import { parseFodselsnummer } from '../domain/fodselsnummer.js';
import { actingAs, hasGuardian } from '../domain/mandate.js';
import {
  isSufficientLevelOfAssurance,
  type MinSideRefusal,
  mayUseMinSide,
  pidKindOfFnrError,
} from '../domain/min-side.js';
import { sessionState } from '../domain/session.js';
import { findConsent } from '../store/consent.store.js';
import type { FnrVault } from '../store/fnr-vault.js';
import { findGuardianMandates, findMandatesForAgent } from '../store/mandate.store.js';
import { findOrCreatePersonByFnr } from '../store/person.store.js';
import {
  createSession,
  findSession,
  findSessionIdToken,
  revokeSession,
  revokeSessionsByIdpSid,
  sessionRefOf,
  setActingFor,
  touchSession,
} from '../store/session.store.js';

export type LoginRefusal = MinSideRefusal | 'LOW_ASSURANCE' | 'LOGIN_FAILED';

export type LoginDeps = { em: EntityManager; vault: FnrVault; allowSynthetic: boolean; maxMs: number };

/** A display name until one comes from the population register (not connected here). */
const UNKNOWN_NAME = 'Innbygger';

/**
 * An ID-porten login, its ID token already verified: the body's rules decide whether this person
 * may use Min side. Only then is a new session created (never an old one reused: no fixation).
 */
export async function completeCitizenLogin(
  deps: LoginDeps,
  claims: { pid?: unknown; acr?: unknown; sid?: unknown },
  idToken: string,
  now: Date,
): Promise<Result<{ cookieValue: string; expiresAt: Date }, LoginRefusal>> {
  if (!isSufficientLevelOfAssurance(typeof claims.acr === 'string' ? claims.acr : null))
    return err('LOW_ASSURANCE');
  if (typeof claims.pid !== 'string') return err('NO_FODSELSNUMMER');
  const fnr = parseFodselsnummer(claims.pid, { allowSynthetic: deps.allowSynthetic });
  if (!fnr.ok) {
    const kind = pidKindOfFnrError(fnr.code);
    const refused = mayUseMinSide(null, { hasGuardian: false, pidKind: kind });
    return err(refused.ok ? 'LOGIN_FAILED' : refused.code);
  }
  const { person } = await findOrCreatePersonByFnr(deps.em, deps.vault, fnr.value, UNKNOWN_NAME, now);
  const guardians = await findGuardianMandates(deps.em, person.id);
  const allowed = mayUseMinSide(person, {
    hasGuardian: hasGuardian(guardians, person.id, now),
    pidKind: 'FODSELSNUMMER',
  });
  if (!allowed.ok) return allowed;
  const expiresAt = new Date(now.getTime() + deps.maxMs);
  const session = await createSession(
    deps.em,
    {
      kind: 'CITIZEN',
      personId: person.id,
      loa: claims.acr as string,
      idp: 'idporten',
      idpSid: typeof claims.sid === 'string' ? claims.sid : null,
      idToken,
      absoluteExpiresAt: expiresAt,
    },
    now,
  );
  return ok({ cookieValue: session.cookieValue, expiresAt });
}

/** A staff login: roles come from the staff IdP's `groups` claim; unknown groups give nothing. */
export async function completeStaffLogin(
  deps: Pick<LoginDeps, 'em' | 'maxMs'>,
  claims: { sub?: unknown; groups?: unknown; sid?: unknown; acr?: unknown },
  idToken: string,
  now: Date,
): Promise<Result<{ cookieValue: string; expiresAt: Date }, 'LOGIN_FAILED' | 'NOT_ALLOWED'>> {
  if (typeof claims.sub !== 'string' || claims.sub.length === 0) return err('LOGIN_FAILED');
  const groups = Array.isArray(claims.groups) ? claims.groups : [];
  const roles = STAFF_ROLES.filter((role) => groups.includes(role));
  if (roles.length === 0) return err('NOT_ALLOWED');
  const expiresAt = new Date(now.getTime() + deps.maxMs);
  const session = await createSession(
    deps.em,
    {
      kind: 'STAFF',
      staffId: claims.sub,
      staffRoles: roles,
      loa: typeof claims.acr === 'string' ? claims.acr : null,
      idp: 'ansatt',
      idpSid: typeof claims.sid === 'string' ? claims.sid : null,
      idToken,
      absoluteExpiresAt: expiresAt,
    },
    now,
  );
  return ok({ cookieValue: session.cookieValue, expiresAt });
}

/**
 * The principal behind a session cookie, or null when the session is unknown, revoked, idle
 * for too long or past its lifetime. A live session is marked as seen.
 */
export async function resolveSession(
  em: EntityManager,
  cookieValue: string,
  now: Date,
  idleMs: number,
): Promise<Exclude<Principal, { kind: 'anonymous' } | { kind: 'partner' }> | null> {
  const ref = sessionRefOf(cookieValue);
  const session = await findSession(em, ref);
  if (!session || sessionState(session, now, { idleMs }) !== 'ACTIVE') return null;
  await touchSession(em, ref, now);
  if (session.kind === 'STAFF') {
    const roles = session.staffRoles.filter((r): r is StaffRole =>
      (STAFF_ROLES as readonly string[]).includes(r),
    );
    return { kind: 'staff', staffId: session.staffId!, roles };
  }
  const personId = session.personId!;
  let actingFor = session.actingForPersonId;
  let roles: ReturnType<typeof actingAs> = [];
  if (actingFor) {
    // a mandate can end while the session lives: then the session acts for the person again
    roles = actingAs(await findMandatesForAgent(em, personId), personId, actingFor, now);
    if (roles.length === 0) actingFor = null;
  }
  return {
    kind: 'citizen',
    personId,
    acr: session.loa === 'idporten-loa-high' ? 'idporten-loa-high' : 'idporten-loa-substantial',
    consented: hasConsentedToMinSide(await findConsent(em, personId)),
    actingFor,
    actingAs: roles,
    sessionRef: ref,
  };
}

/** Logout: the session ends here; returns what the IdP's end-session needs. */
export async function logout(em: EntityManager, cookieValue: string, now: Date) {
  const ref = sessionRefOf(cookieValue);
  const session = await findSession(em, ref);
  if (!session) return null;
  const idToken = await findSessionIdToken(em, ref);
  await revokeSession(em, ref, now);
  return { idp: session.idp, idToken };
}

/** Back-channel logout from an IdP: every session it knows by `sid` ends. */
export function logoutByIdpSid(em: EntityManager, idp: 'idporten' | 'ansatt', sid: string, now: Date) {
  return revokeSessionsByIdpSid(em, idp, sid, now);
}

/**
 * Choose whom to act for (null: myself); only someone a mandate in force names, general or for
 * one of their cases (the cases service then shows that case only).
 */
export async function chooseActingFor(
  em: EntityManager,
  principal: Principal,
  personId: string | null,
  now: Date,
): Promise<Result<void, 'UNAUTHENTICATED' | 'NOT_ALLOWED'>> {
  if (principal.kind !== 'citizen') return err('UNAUTHENTICATED');
  if (personId !== null && personId !== principal.personId) {
    const mandates = await findMandatesForAgent(em, principal.personId);
    if (actingAs(mandates, principal.personId, personId, now).length === 0) return err('NOT_ALLOWED');
  }
  const target = personId === principal.personId ? null : personId;
  return (await setActingFor(em, principal.sessionRef, target)) ? ok(undefined) : err('UNAUTHENTICATED');
}
