import { hasStaffRole, type Principal } from '@klageportal/federation';
import { err, ok, type Result } from '@klageportal/kit';

/**
 * Who may read a case, for now: case officers. A citizen must have consented to Min side before
 * any case data; after that, which cases they see follows from the parties on them (cases issue),
 * so until then a citizen sees none. Where the caller may not know that a case exists, the
 * answer is NOT_FOUND, never FORBIDDEN.
 */
export function authoriseCaseRead(
  principal: Principal,
): Result<void, 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND'> {
  switch (principal.kind) {
    case 'anonymous':
      return err('UNAUTHENTICATED');
    case 'citizen':
      return principal.consented ? err('NOT_FOUND') : err('FORBIDDEN', 'CONSENT_REQUIRED');
    case 'staff':
      return hasStaffRole(principal, 'case_officer') ? ok(undefined) : err('NOT_FOUND');
    case 'partner':
      return err('NOT_FOUND');
  }
}
