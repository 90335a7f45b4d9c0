/** Staff roles, from the staff IdP's groups. */
export const STAFF_ROLES = ['case_officer', 'press_officer', 'analyst'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

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
      /** The login session's stored key (not the cookie value: it opens nothing by itself). */
      readonly sessionRef: string;
    }
  | { readonly kind: 'staff'; readonly staffId: string; readonly roles: readonly StaffRole[] }
  | { readonly kind: 'partner'; readonly orgnr: string; readonly scopes: readonly string[] };

export const anonymous: Principal = Object.freeze({ kind: 'anonymous' });

export function hasStaffRole(principal: Principal, role: StaffRole): boolean {
  return principal.kind === 'staff' && principal.roles.includes(role);
}
