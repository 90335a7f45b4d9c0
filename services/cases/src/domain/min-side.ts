import { err, ok, type Result } from '@klageportal/kit';
import type { CaseView, Party, PartyRole } from './party.js';

export type MinSideUnavailable = 'TWO_LAWYERS' | 'MISSING_CONTACT' | 'MISSING_MOBILE' | 'MISSING_EMAIL';

/**
 * Whether a case Min side lists may also be opened, for the viewer who sees it through
 * `throughParty` (from mayViewCase). When not, the overview lists it as unavailable with the
 * reason, and shows no details.
 *
 * - "Det er heller ikke mulig å bruke Min side hvis det er to advokater i samme sak"
 *   (seeds/002 line 21): two or more different persons registered as LAWYER make the case
 *   unavailable to everyone. That is checked first.
 * - "hvis mobilnummeret ditt og e-postadressen din er registrert i saken" (seeds/002 line 11):
 *   both must be registered for the party the case is seen through. A blank value counts as none.
 */
export function isAvailableInMinSide(
  parties: readonly Party[],
  throughParty: Party,
): Result<true, MinSideUnavailable> {
  const lawyers = new Set(parties.filter((p) => p.role === 'LAWYER').map((p) => p.personId));
  if (lawyers.size >= 2) return err('TWO_LAWYERS');
  const hasMobile = isRegistered(throughParty.mobile);
  const hasEmail = isRegistered(throughParty.email);
  if (!hasMobile && !hasEmail) return err('MISSING_CONTACT');
  if (!hasMobile) return err('MISSING_MOBILE');
  if (!hasEmail) return err('MISSING_EMAIL');
  return ok(true);
}

function isRegistered(value: string | null): boolean {
  return value !== null && value.trim() !== '';
}

/** What a viewer may do on a case they see and that is available in Min side. */
export type CasePermissions = {
  read: boolean;
  fillForms: boolean;
  upload: boolean;
  sendDocuments: boolean;
  downloadCaseFile: boolean;
};

/** The roles that represent the complainant towards the body. */
const REPRESENTATIVES: readonly PartyRole[] = ['LAWYER', 'PROXY'];

/**
 * "Hvis du har advokat eller fullmektig, har du lesetilgang og kan fylle ut aktuelle skjema"
 * (seeds/002 line 11; DESIGN §1 "may not upload").
 *
 * The viewer acts in their own party role (`as` SELF) or in their mandate role. A lawyer or proxy
 * may do everything. Anyone else (the complainant, or a guardian or surviving relative standing
 * in the complainant's place) may do everything too, unless someone else is registered on the
 * case as LAWYER or PROXY: then they may read and fill the forms meant for them, but not upload
 * or send documents (the representative does). A representative row for the very person the case
 * is seen through does not count as "having" one.
 *
 * Every party who may see a case sees all of it, so every one of them may download the whole
 * case file (lawyers chiefly: it replaces USB sticks, seeds/002 line 15).
 */
export function decidePermissions(parties: readonly Party[], view: CaseView): CasePermissions {
  const actingRole: PartyRole = view.as === 'SELF' ? view.throughParty.role : view.as;
  const represented =
    !REPRESENTATIVES.includes(actingRole) &&
    parties.some((p) => REPRESENTATIVES.includes(p.role) && p.personId !== view.throughParty.personId);
  return {
    read: true,
    fillForms: true,
    upload: !represented,
    sendDocuments: !represented,
    downloadCaseFile: true,
  };
}
