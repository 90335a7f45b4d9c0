import type { Principal } from '@klageportal/federation';
import { err, ok, type Result } from '@klageportal/kit';

/**
 * Case data is personal data: only known callers may read it. Until the gateway vouches for
 * callers (identity issue), nobody is known, so case reads are refused for everyone.
 */
export function authoriseCaseRead(principal: Principal): Result<void, 'UNAUTHENTICATED'> {
  return principal.kind === 'anonymous' ? err('UNAUTHENTICATED') : ok(undefined);
}
