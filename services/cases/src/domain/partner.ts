import { err, ok, type Result } from '@klageportal/kit';
import type { Case } from './case.js';

/**
 * A partner agency sees only complaints on its own decisions: NPE (first-instance body code
 * `NPE`) sees cases whose first-instance body is NPE, never another body's (DESIGN §1 "NPE
 * systems"). Codes are compared exactly. The use case answers a refusal as NOT_FOUND.
 */
export function isVisibleToPartner(
  complaint: Pick<Case, 'firstInstanceBodyCode'>,
  partner: { bodyCode: string },
): Result<true, 'OTHER_FIRST_INSTANCE_BODY'> {
  return complaint.firstInstanceBodyCode === partner.bodyCode ? ok(true) : err('OTHER_FIRST_INSTANCE_BODY');
}

/**
 * Which first-instance body's complaints a partner client may read, from its Maskinporten scopes:
 * the NPE scope gives NPE's. A client without a known scope reads nothing (null).
 */
export const PARTNER_SCOPES: Readonly<Record<string, string>> = {
  'helseklage:npe.klagesaker': 'NPE',
};

export function partnerBodyOf(scopes: readonly string[]): string | null {
  for (const scope of scopes) {
    const body = PARTNER_SCOPES[scope];
    if (body) return body;
  }
  return null;
}
