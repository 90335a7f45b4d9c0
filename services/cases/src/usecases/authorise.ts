import { authoriseStaffRole, type Principal } from '@klageportal/federation';
import { err, ok, type Result } from '@klageportal/kit';
import type { ActingAs } from '../domain/overview.js';
import { partnerBodyOf } from '../domain/partner.js';

export type CitizenViewer = { personId: string; actingFor: string | null; actingAs: readonly ActingAs[] };

/**
 * A citizen who has consented to Min side (nothing about cases before that: CONSENT_REQUIRED).
 * Anyone else is refused: anonymous callers must log in; staff and partners use their own
 * operations.
 */
export function authoriseCitizen(
  principal: Principal,
): Result<CitizenViewer, 'UNAUTHENTICATED' | 'FORBIDDEN'> {
  switch (principal.kind) {
    case 'anonymous':
      return err('UNAUTHENTICATED');
    case 'citizen':
      return principal.consented
        ? ok({ personId: principal.personId, actingFor: principal.actingFor, actingAs: principal.actingAs })
        : err('FORBIDDEN', 'CONSENT_REQUIRED');
    default:
      return err('FORBIDDEN');
  }
}

/** Case officers register and change cases, and read every case. The value is their staff id. */
export function authoriseCaseOfficer(principal: Principal): Result<string, 'UNAUTHENTICATED' | 'FORBIDDEN'> {
  return authoriseStaffRole(principal, 'case_officer');
}

/**
 * Press officers decide what the body may say about a case to a journalist (the press subgraph's
 * `Case.pressDisclosure`). They reach a case only as a federation reference, and then see its
 * process facts and waivers, never its parties or documents. The value is their staff id.
 */
export function authorisePressOfficer(principal: Principal): Result<string, 'UNAUTHENTICATED' | 'FORBIDDEN'> {
  return authoriseStaffRole(principal, 'press_officer');
}

/**
 * A partner client with a scope that names a first-instance body (partnerBodyOf): it reads
 * complaints on that body's decisions only. The value is its organisation number and body code.
 */
export function authorisePartner(
  principal: Principal,
): Result<{ orgnr: string; bodyCode: string }, 'UNAUTHENTICATED' | 'FORBIDDEN'> {
  if (principal.kind === 'anonymous') return err('UNAUTHENTICATED');
  if (principal.kind !== 'partner') return err('FORBIDDEN');
  const bodyCode = partnerBodyOf(principal.scopes);
  return bodyCode ? ok({ orgnr: principal.orgnr, bodyCode }) : err('FORBIDDEN');
}
