import { err, ok, type Result } from '@klageportal/kit';
import type { FnrError } from './fodselsnummer.js';
import type { Person } from './person.js';

/**
 * What the login's personal identifier turned out to be. ID-porten's `pid` is a fødselsnummer
 * or a D-number, and may be missing (some eIDAS logins); an organisation never logs in to Min
 * side, but a caller that only has an organisation number says so.
 */
export type PidKind = 'FODSELSNUMMER' | 'D_NUMBER' | 'H_NUMBER' | 'ORGANISATION' | 'NONE';

/** The kind of identifier behind a parse failure; anything unparseable counts as none at all. */
export function pidKindOfFnrError(error: FnrError): PidKind {
  if (error === 'D_NUMBER') return 'D_NUMBER';
  if (error === 'H_NUMBER') return 'H_NUMBER';
  return 'NONE';
}

export type MinSideRefusal =
  | 'D_NUMBER'
  | 'H_NUMBER'
  | 'ORGANISATION'
  | 'NO_FODSELSNUMMER'
  | 'HAS_GUARDIAN'
  | 'DECEASED';

/**
 * "Min side needs a Norwegian fødselsnummer (not a D-number). Businesses cannot use it.
 * A person who has a guardian cannot use Min side; the guardian can, for them."
 *
 * `person` is null when the login is not yet tied to a person (a first login). `hasGuardian`
 * comes from `hasGuardian(mandates, personId, now)`. Whether the person's mobile and e-mail are
 * registered on a case is for the cases service to say, per case.
 */
export function mayUseMinSide(
  person: Pick<Person, 'deceasedAt'> | null,
  facts: { hasGuardian: boolean; pidKind: PidKind },
): Result<true, MinSideRefusal> {
  switch (facts.pidKind) {
    case 'D_NUMBER':
      return err('D_NUMBER');
    case 'H_NUMBER':
      return err('H_NUMBER');
    case 'ORGANISATION':
      return err('ORGANISATION');
    case 'NONE':
      return err('NO_FODSELSNUMMER');
    case 'FODSELSNUMMER':
      break;
  }
  if (person?.deceasedAt) return err('DECEASED');
  if (facts.hasGuardian) return err('HAS_GUARDIAN');
  return ok(true);
}

/** ID-porten levels that Min side accepts: substantial (MinID) or high (BankID, Buypass, Commfides). */
export const MIN_SIDE_LEVELS = ['idporten-loa-substantial', 'idporten-loa-high'] as const;

/** The login's `acr` is one Min side accepts (exact values; eIDAS levels and the old `Level3/4` are not). */
export function isSufficientLevelOfAssurance(acr: string | null | undefined): boolean {
  return (MIN_SIDE_LEVELS as readonly string[]).includes(acr ?? '');
}
