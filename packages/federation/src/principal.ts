import { err, ok, type Result } from '@klageportal/kit';
/** Staff roles, from the staff IdP's groups. */
export const STAFF_ROLES = ['case_officer', 'press_officer', 'analyst'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The roles in which one person may act for another (identity's mandates). */
export const MANDATE_ROLES = ['LAWYER', 'PROXY', 'GUARDIAN', 'SURVIVING_RELATIVE'] as const;
export type MandateRole = (typeof MANDATE_ROLES)[number];

/**
 * A mandate in force under which a citizen acts for `actingFor`: its role, and the one case it is
 * limited to (null: every case). Identity checks validity when it resolves the session.
 */
export type ActingAs = { readonly role: MandateRole; readonly caseNumber: string | null };

export type LevelOfAssurance = 'idporten-loa-substantial' | 'idporten-loa-high';

/**
 * Who is calling, as the gateway vouches for it in the internal token. Subgraphs authorise
 * against this and nothing else.
 */
export type Principal =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'citizen';
      readonly personId: string;
      readonly acr: LevelOfAssurance;
      /** Has consented to Min side and notifications (no case data before that). */
      readonly consented: boolean;
      /** The person this citizen currently acts for (as guardian, lawyer …), if any. */
      readonly actingFor: string | null;
      /** The mandates in force under which they act for `actingFor` ([] when acting for themselves). */
      readonly actingAs: readonly ActingAs[];
      /** The login session's stored key (not the cookie value: it opens nothing by itself). */
      readonly sessionRef: string;
    }
  | { readonly kind: 'staff'; readonly staffId: string; readonly roles: readonly StaffRole[] }
  | { readonly kind: 'partner'; readonly orgnr: string; readonly scopes: readonly string[] };

export const anonymous: Principal = Object.freeze({ kind: 'anonymous' });

export function hasStaffRole(principal: Principal, role: StaffRole): boolean {
  return principal.kind === 'staff' && principal.roles.includes(role);
}

/**
 * A staff member in `role`, as a Result: their staff id, UNAUTHENTICATED for an anonymous caller,
 * FORBIDDEN for anyone else (other staff, citizens, partners).
 */
export function authoriseStaffRole(
  principal: Principal,
  role: StaffRole,
): Result<string, 'UNAUTHENTICATED' | 'FORBIDDEN'> {
  if (principal.kind === 'anonymous') return err('UNAUTHENTICATED');
  return principal.kind === 'staff' && principal.roles.includes(role)
    ? ok(principal.staffId)
    : err('FORBIDDEN');
}
