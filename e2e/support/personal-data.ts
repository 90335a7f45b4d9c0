import { looksLikeFodselsnummer } from '@klageportal/identity';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const PHONE = /(?:\+47\s?|(?<!\d))[49]\d{7}(?!\d)/;

/** Lines that carry a fødselsnummer (11 digits passing both mod-11 checks), an e-mail address or a phone number. */
export function findPersonalData(lines: readonly string[]): string[] {
  return lines.filter((line) => looksLikeFodselsnummer(line) || EMAIL.test(line) || PHONE.test(line));
}
