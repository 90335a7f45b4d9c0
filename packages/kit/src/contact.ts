import { err, ok, type Result } from './result.js';

/*
 * Contact details as the body registers them, shared by identity (a person's own contact
 * points) and cases (the mobile and e-mail registered for a party on a case): one rule, one place.
 */

export type EmailRefusal = 'MALFORMED_EMAIL' | 'SHARED_MAILBOX';

/**
 * Local parts of shared post-boxes (compared lower-cased, without `+tag` and without `.`, `-`
 * and `_`, so `post-mottak` and `firma.post` count too).
 */
export const SHARED_MAILBOX_LOCAL_PARTS: ReadonlySet<string> = new Set([
  'post',
  'postmottak',
  'postkasse',
  'firmapost',
  'firma',
  'felles',
  'kontor',
  'kontoret',
  'info',
  'informasjon',
  'epost',
  'email',
  'mail',
  'mailbox',
  'admin',
  'administrasjon',
  'resepsjon',
  'resepsjonen',
  'sentralbord',
  'sentralbordet',
  'advokat',
  'advokatene',
  'advokatfirma',
  'advokatfirmaet',
  'advokatkontor',
  'advokatkontoret',
  'kontakt',
  'contact',
  'office',
  'mottak',
  'ekspedisjon',
  'sekretariat',
  'sekretariatet',
  'kundeservice',
  'support',
  'hello',
  'hei',
  'postmaster',
  'webmaster',
  'noreply',
  'donotreply',
]);

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[\p{L}\p{N}]([\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^(\p{L}{2,}|xn--[a-z0-9-]+)$/iu;

/**
 * "A lawyer needs a direct e-mail address (not a shared post-box) to receive notifications."
 * Refuses malformed addresses and well-known shared post-box names. On success the value is
 * the address trimmed, with the domain in lower case.
 */
export function isDirectEmailAddress(email: string): Result<string, EmailRefusal> {
  const address = email.trim();
  if (address.length > 254) return err('MALFORMED_EMAIL');
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).toLowerCase();
  if (at < 1 || local.length > 64 || !LOCAL_PART.test(local)) return err('MALFORMED_EMAIL');
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => DOMAIN_LABEL.test(l)) || !TOP_LEVEL.test(labels.at(-1)!)) {
    return err('MALFORMED_EMAIL');
  }
  const mailbox = local.toLowerCase().split('+')[0]!.replace(/[._-]/g, '');
  if (SHARED_MAILBOX_LOCAL_PARTS.has(mailbox)) return err('SHARED_MAILBOX');
  return ok(`${local}@${domain}`);
}

export type MobileRefusal = 'MALFORMED_MOBILE' | 'FOREIGN_MOBILE' | 'NOT_MOBILE';

/**
 * A Norwegian mobile number as `+47` and 8 digits starting with 4 or 9. Accepts spaces, dots,
 * dashes and brackets, and the prefixes `+47`, `0047` or `47` (when ten digits in all).
 * Other country codes are refused: notifications go by Norwegian SMS only.
 */
export function normaliseMobile(input: string): Result<string, MobileRefusal> {
  const compact = input.trim().replace(/[\s.()-]/g, '');
  let international: string | null = null;
  if (compact.startsWith('+')) international = compact.slice(1);
  else if (compact.startsWith('00')) international = compact.slice(2);
  if (!/^\d+$/.test(international ?? compact)) return err('MALFORMED_MOBILE');

  let national: string;
  if (international !== null) {
    if (!international.startsWith('47')) return err('FOREIGN_MOBILE');
    national = international.slice(2);
  } else if (compact.length === 10 && compact.startsWith('47')) {
    national = compact.slice(2);
  } else {
    national = compact;
  }
  if (national.length !== 8) return err('MALFORMED_MOBILE');
  if (national[0] !== '4' && national[0] !== '9') return err('NOT_MOBILE');
  return ok(`+47${national}`);
}

/**
 * The e-mail address a person registers for notifications: well-formed for everyone, and for a
 * lawyer also a direct address (a shared post-box would let others read the notices).
 */
export function checkNotificationEmail(
  email: string,
  options: { isLawyer: boolean },
): Result<string, EmailRefusal> {
  const checked = isDirectEmailAddress(email);
  if (checked.ok || checked.code === 'MALFORMED_EMAIL' || options.isLawyer) return checked;
  const address = email.trim();
  const at = address.lastIndexOf('@');
  return ok(`${address.slice(0, at)}@${address.slice(at + 1).toLowerCase()}`);
}
