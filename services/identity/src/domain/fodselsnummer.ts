import { err, ok, type Result } from '@klageportal/kit';

/**
 * Norwegian national identity numbers (reference: id-porten-maskinporten.md §3, §4).
 *
 * A fødselsnummer is `DDMMYY III K1 K2`. Min side needs an ordinary fødselsnummer, so this
 * parser refuses D-numbers (day + 40) and H-numbers (month + 40), and accepts synthetic test
 * numbers only when the configuration allows them:
 *
 * - Tenor / Test-Norge (month + 80) is accepted with `allowSynthetic`; refused without it.
 * - NAV Dolly (month + 40) has the same shape as an H-number. Without `allowSynthetic` it is
 *   refused as an H-number (a real H-number never belongs on Min side); with `allowSynthetic`
 *   (test configuration only, where no real H-number should appear) it is accepted as a
 *   synthetic Dolly number. This is a deliberate choice: NAV's validators treat the two alike.
 * - A synthetic number that is also a D-number (e.g. Digdir's `47906701517`) is still a
 *   D-number and is refused.
 *
 * Check digits: K2 uses one rule; K1 accepts both the old rule and Skatteetaten's rule for
 * numbers issued from 2032 (`{11..14} − (sum mod 11)`, so remainder offsets 0–3). A computed
 * value of 10 is never valid.
 *
 * Date validity: the day must exist in the month. The century cannot be derived reliably (not
 * for D-numbers, not at all from 2032), so 29 February is accepted whenever YY is divisible by 4
 * (2000 was a leap year). Birth date and gender are for Folkeregisteret to say, not this number.
 */

export type FnrError = 'FORMAT' | 'CHECKSUM' | 'DATE' | 'D_NUMBER' | 'H_NUMBER' | 'SYNTHETIC_NOT_ALLOWED';

/** Which synthetic series a number belongs to, or null for an ordinary fødselsnummer. */
export type SyntheticSeries = 'TENOR' | 'DOLLY';

const REDACTED = '[fødselsnummer]';
/** Only this module can make a Fodselsnummer: every one has passed parseFodselsnummer. */
const CONSTRUCT = Symbol('Fodselsnummer');

/**
 * A parsed fødselsnummer that does not turn into a string by accident (navikt/oasis's trick):
 * `String(fnr)`, `${fnr}`, `JSON.stringify({ fnr })` and `util.inspect` all give
 * `[fødselsnummer]`. Read the digits only through the explicit `.value`.
 * Compare with `equals`: the digits are a private field, so deep equality cannot see them.
 */
export class Fodselsnummer {
  readonly #value: string;
  /** 'TENOR' or 'DOLLY' for synthetic test numbers, null for an ordinary number. */
  readonly synthetic: SyntheticSeries | null;

  /** Use parseFodselsnummer; the constructor refuses any other caller. */
  constructor(token: symbol, value: string, synthetic: SyntheticSeries | null) {
    if (token !== CONSTRUCT) throw new Error('Fodselsnummer: use parseFodselsnummer');
    this.#value = value;
    this.synthetic = synthetic;
    Object.freeze(this);
  }

  /** The eleven digits. Every read is deliberate; never log or interpolate it. */
  get value(): string {
    return this.#value;
  }

  equals(other: Fodselsnummer): boolean {
    return this.#value === other.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [Symbol.toPrimitive](): string {
    return REDACTED;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return REDACTED;
  }
}

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

const weightedSum = (digits: readonly number[], weights: readonly number[]) =>
  weights.reduce((sum, w, i) => sum + w * digits[i]!, 0);

/**
 * Both check digits of an 11-digit string: K1 under the old or the 2032 rule, K2 under its one
 * rule. Says nothing about the date or the kind of number.
 */
export function hasValidFnrCheckDigits(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  // K1 is valid when (sum + K1) mod 11 is 0 (old rule) or 1–3 (the 2032 rule's offsets).
  const k1Remainder = (weightedSum(d, K1_WEIGHTS) + d[9]!) % 11;
  if (k1Remainder > 3) return false;
  return (weightedSum(d, K2_WEIGHTS) + d[10]!) % 11 === 0;
}

const daysInMonth = (month: number, yy: number) =>
  month === 2 ? (yy % 4 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

export function parseFodselsnummer(
  input: string,
  options: { allowSynthetic: boolean },
): Result<Fodselsnummer, FnrError> {
  const digits = input.trim();
  if (!/^\d{11}$/.test(digits)) return err('FORMAT');
  if (!hasValidFnrCheckDigits(digits)) return err('CHECKSUM');

  const dd = Number(digits.slice(0, 2));
  const mm = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));

  // The old H-number form put 8 or 9 in the first digit; there is no date to check.
  if (dd >= 80) return err('H_NUMBER');

  const isDNumber = dd >= 41;
  const day = isDNumber ? dd - 40 : dd;
  let month = mm;
  let series: 'ORDINARY' | 'PLUS_40' | 'TENOR' = 'ORDINARY';
  if (mm >= 81) {
    month = mm - 80;
    series = 'TENOR';
  } else if (mm >= 41) {
    month = mm - 40;
    series = 'PLUS_40';
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month, yy)) return err('DATE');

  if (series === 'TENOR' && !options.allowSynthetic) return err('SYNTHETIC_NOT_ALLOWED');
  if (series === 'PLUS_40' && !options.allowSynthetic) return err('H_NUMBER');
  if (isDNumber) return err('D_NUMBER');

  const synthetic = series === 'TENOR' ? 'TENOR' : series === 'PLUS_40' ? 'DOLLY' : null;
  return ok(new Fodselsnummer(CONSTRUCT, digits, synthetic));
}

/**
 * Every run of 11 digits in a text (also written `DDMMYY IIIKK`) whose check digits are both
 * valid, whatever kind of number it is. For scanning logs and output for leaked identities.
 */
export function findFodselsnummerCandidates(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?<!\d)(\d{6}) ?(\d{5})(?!\d)/g)) {
    const digits = match[1]! + match[2]!;
    if (hasValidFnrCheckDigits(digits)) found.push(digits);
  }
  return found;
}

/** True if the text holds anything that passes as a fødselsnummer (see findFodselsnummerCandidates). */
export function looksLikeFodselsnummer(text: string): boolean {
  return findFodselsnummerCandidates(text).length > 0;
}

const ORGNR_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** A Norwegian organisation number: 9 digits, mod-11 check digit (a result of 10 is never issued). */
export function isValidOrgnr(input: string): boolean {
  if (!/^\d{9}$/.test(input)) return false;
  const d = [...input].map(Number);
  const k = 11 - (weightedSum(d, ORGNR_WEIGHTS) % 11);
  if (k === 10) return false;
  return (k === 11 ? 0 : k) === d[8];
}
