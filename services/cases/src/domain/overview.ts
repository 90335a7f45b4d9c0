import type { MandateRole } from './party.js';

/** A mandate the viewer acts under, as the principal carries it (identity checked it is in force). */
export type ActingAs = { role: MandateRole; caseNumber: string | null };

/**
 * Which cases the overview ("Mine saker") looks among, before mayViewCase decides each one:
 *
 * - for themselves: every case where they are a party, in any role;
 * - for someone else: the cases where that person is a party (not as LAWYER), all of them when
 *   a mandate is general, else only the case numbers the case mandates name. No mandate, no cases.
 */
export type OverviewScope = {
  partyPersonId: string;
  excludeLawyerRows: boolean;
  /** null: no restriction by case number. */
  caseNumbers: readonly string[] | null;
};

export function overviewScope(viewer: {
  personId: string;
  actingFor: string | null;
  actingAs: readonly ActingAs[];
}): OverviewScope | null {
  if (viewer.actingFor === null || viewer.actingFor === viewer.personId) {
    return { partyPersonId: viewer.personId, excludeLawyerRows: false, caseNumbers: null };
  }
  if (viewer.actingAs.length === 0) return null;
  const general = viewer.actingAs.some((m) => m.caseNumber === null);
  const caseNumbers = [
    ...new Set(viewer.actingAs.flatMap((m) => (m.caseNumber ? [m.caseNumber] : []))),
  ].sort();
  return {
    partyPersonId: viewer.actingFor,
    excludeLawyerRows: true,
    caseNumbers: general ? null : caseNumbers,
  };
}
