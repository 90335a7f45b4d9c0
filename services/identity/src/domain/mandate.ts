/** The roles in which one person may act for another (DESIGN §1). */
export const MANDATE_ROLES = ['LAWYER', 'PROXY', 'GUARDIAN', 'SURVIVING_RELATIVE'] as const;
export type MandateRole = (typeof MANDATE_ROLES)[number];

/**
 * The agent may act for the principal in this role, from `validFrom` until (not including)
 * `validUntil`, either generally (`caseNumber` null) or on one case only.
 */
export type Mandate = {
  id: string;
  agentPersonId: string;
  principalPersonId: string;
  role: MandateRole;
  caseNumber: string | null;
  validFrom: Date;
  validUntil: Date | null;
  /** Where the mandate comes from (a document, a register, a seed), free text. */
  source: string;
};

/** In force at `now`: started, and not yet ended. */
export function isMandateValidAt(mandate: Pick<Mandate, 'validFrom' | 'validUntil'>, now: Date): boolean {
  return mandate.validFrom <= now && (mandate.validUntil === null || now < mandate.validUntil);
}

/**
 * The roles in which `agentId` may act for `principalId` at `now`. A general mandate counts for
 * every case; a case-specific one only when asked about that case, never for general questions.
 * Roles come back once each, in the order of MANDATE_ROLES.
 */
export function mayActFor(
  mandates: readonly Mandate[],
  agentId: string,
  principalId: string,
  now: Date,
  caseNumber?: string,
): MandateRole[] {
  const roles = new Set<MandateRole>();
  for (const m of mandates) {
    if (m.agentPersonId !== agentId || m.principalPersonId !== principalId) continue;
    if (!isMandateValidAt(m, now)) continue;
    if (m.caseNumber !== null && m.caseNumber !== caseNumber) continue;
    roles.add(m.role);
  }
  return MANDATE_ROLES.filter((r) => roles.has(r));
}

/**
 * "A person who has a guardian": any GUARDIAN mandate over them in force at `now`, general or
 * limited to one case (a guardianship limited in scope is still a guardianship).
 */
export function hasGuardian(mandates: readonly Mandate[], principalId: string, now: Date): boolean {
  return mandates.some(
    (m) => m.role === 'GUARDIAN' && m.principalPersonId === principalId && isMandateValidAt(m, now),
  );
}

/**
 * The mandates in force at `now` under which `agentId` acts for `principalId`, general and
 * case-specific alike, as the principal carries them to the other services: each (role, case)
 * once, in MANDATE_ROLES order, general before case-specific. Empty: the agent may not act for them.
 */
export function actingAs(
  mandates: readonly Mandate[],
  agentId: string,
  principalId: string,
  now: Date,
): { role: MandateRole; caseNumber: string | null }[] {
  const seen = new Map<string, { role: MandateRole; caseNumber: string | null }>();
  for (const m of mandates) {
    if (m.agentPersonId !== agentId || m.principalPersonId !== principalId) continue;
    if (!isMandateValidAt(m, now)) continue;
    seen.set(`${m.role}|${m.caseNumber ?? ''}`, { role: m.role, caseNumber: m.caseNumber });
  }
  return [...seen.values()].sort(
    (a, b) =>
      MANDATE_ROLES.indexOf(a.role) - MANDATE_ROLES.indexOf(b.role) ||
      (a.caseNumber ?? '').localeCompare(b.caseNumber ?? ''),
  );
}
