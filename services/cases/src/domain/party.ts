/**
 * The roles a person can have on a case (DESIGN §3 `case_party`): the complainant (klager), and
 * those who act for them: lawyer (advokat), proxy (fullmektig), guardian (verge) and surviving
 * relative (etterlatt).
 */
export const PARTY_ROLES = ['COMPLAINANT', 'LAWYER', 'PROXY', 'GUARDIAN', 'SURVIVING_RELATIVE'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/**
 * A person on one case, by identity's person id, with the mobile number and e-mail address
 * registered for them on this case (null when none is registered).
 */
export type Party = {
  personId: string;
  role: PartyRole;
  mobile: string | null;
  email: string | null;
};

/** A party with the name registered for them on the case (for lists and search). */
export type NamedParty = Party & { name: string };

/** The roles in which identity lets one person act for another. */
export const MANDATE_ROLES = ['LAWYER', 'PROXY', 'GUARDIAN', 'SURVIVING_RELATIVE'] as const;
export type MandateRole = (typeof MANDATE_ROLES)[number];

/**
 * A mandate as identity serves it: the agent may act for the principal in this role from
 * `validFrom` until (not including) `validUntil`, on every case (`caseNumber` null) or on one.
 */
export type Mandate = {
  agentPersonId: string;
  principalPersonId: string;
  role: MandateRole;
  caseNumber: string | null;
  validFrom: Date;
  validUntil: Date | null;
};

/** Who is looking at Min side: the logged-in person, and whom they have chosen to act for (null: themselves). */
export type Viewer = { personId: string; actingFor: string | null };

/**
 * How a viewer sees a case: through which party row (whose contact details and role count), and
 * whether as that party themselves or in a mandate role for them.
 */
export type CaseView = { throughParty: Party; as: 'SELF' | MandateRole };
