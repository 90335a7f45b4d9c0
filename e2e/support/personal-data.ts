import { looksLikeFodselsnummer } from '@klageportal/identity';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const PHONE = /(?:\+47\s?|(?<![\w-]))[49]\d{7}(?![\w-])/;
/** Opaque ids (UUIDs, hex digests) are allowed in logs; their digit runs are not personal data. */
const OPAQUE_IDS = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b[0-9a-f]{32,}\b/gi;

/** Lines that carry a fødselsnummer (11 digits passing both mod-11 checks), an e-mail address or a phone number. */
export function findPersonalData(lines: readonly string[]): string[] {
  return lines.filter((line) => {
    const text = line.replace(OPAQUE_IDS, '<id>');
    return looksLikeFodselsnummer(text) || EMAIL.test(text) || PHONE.test(text);
  });
}
