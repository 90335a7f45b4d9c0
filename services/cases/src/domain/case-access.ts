import { err, ok, type Result } from '@klageportal/kit';
import { type CaseView, MANDATE_ROLES, type Mandate, PARTY_ROLES, type Party, type Viewer } from './party.js';

/**
 * "Advokater kan bruke Min side hvis advokatens personnummer er registrert i saken"
 * (seeds/002 line 15). A lawyer sees a case only when their own person is a LAWYER party on it:
 * not through their firm, and not through a mandate alone. The value is that party row.
 */
export function mayLawyerSeeCase(
  lawyerPersonId: string,
  parties: readonly Party[],
): Result<Party, 'LAWYER_NOT_REGISTERED'> {
  const registered = parties.find((p) => p.role === 'LAWYER' && p.personId === lawyerPersonId);
  return registered ? ok(registered) : err('LAWYER_NOT_REGISTERED');
}

/**
 * A person sees a case in Min side only if they are a party on it, or act for a party through a
 * mandate in force (issue; DESIGN §1). Which one depends on whom the viewer acts for:
 *
 * - For themselves (`actingFor` null or their own id): they must be a party on the case. With
 *   several rows, the first in PARTY_ROLES order is the one they see it through.
 * - For someone else: that person must be a party on the case (not as LAWYER: a lawyer's
 *   registration is personal), and the viewer must hold a mandate from them in force at `now`
 *   (`validFrom` inclusive, `validUntil` exclusive), general or for this case number. They see it
 *   through the principal's party row, in the mandate's role. A LAWYER mandate counts only when
 *   the viewer is also registered as LAWYER on the case (mayLawyerSeeCase), and then the case is
 *   seen through that own row. Several roles are tried in MANDATE_ROLES order.
 *
 * The one refusal is NOT_A_PARTY, which the use case answers as NOT_FOUND.
 */
export function mayViewCase(
  viewer: Viewer,
  parties: readonly Party[],
  mandates: readonly Mandate[],
  caseNumber: string,
  now: Date,
): Result<CaseView, 'NOT_A_PARTY'> {
  const subject = viewer.actingFor ?? viewer.personId;
  if (subject === viewer.personId) {
    const own = firstInRoleOrder(parties.filter((p) => p.personId === viewer.personId));
    return own ? ok({ throughParty: own, as: 'SELF' }) : err('NOT_A_PARTY');
  }
  const principalParty = firstInRoleOrder(
    parties.filter((p) => p.personId === subject && p.role !== 'LAWYER'),
  );
  const roles = new Set(
    mandates
      .filter(
        (m) =>
          m.agentPersonId === viewer.personId &&
          m.principalPersonId === subject &&
          m.validFrom <= now &&
          (m.validUntil === null || now < m.validUntil) &&
          (m.caseNumber === null || m.caseNumber === caseNumber),
      )
      .map((m) => m.role),
  );
  for (const role of MANDATE_ROLES) {
    if (!roles.has(role)) continue;
    if (role === 'LAWYER') {
      const lawyer = mayLawyerSeeCase(viewer.personId, parties);
      if (lawyer.ok) return ok({ throughParty: lawyer.value, as: 'LAWYER' });
    } else if (principalParty) {
      return ok({ throughParty: principalParty, as: role });
    }
  }
  return err('NOT_A_PARTY');
}

function firstInRoleOrder(rows: readonly Party[]): Party | undefined {
  for (const role of PARTY_ROLES) {
    const row = rows.find((p) => p.role === role);
    if (row) return row;
  }
  return undefined;
}
