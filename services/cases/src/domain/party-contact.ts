import { checkNotificationEmail, err, normaliseMobile, ok, type Result } from '@klageportal/kit';
import type { PartyRole } from './party.js';

export type PartyContactRefusal =
  | 'MALFORMED_MOBILE'
  | 'FOREIGN_MOBILE'
  | 'NOT_MOBILE'
  | 'MALFORMED_EMAIL'
  | 'SHARED_MAILBOX';

/**
 * The mobile number and e-mail address registered for a party on a case, as stored: blank is
 * none (the case is then unavailable in Min side, isAvailableInMinSide); a mobile is a Norwegian
 * mobile `+47…`; an e-mail is well-formed, and for a LAWYER a direct address, not a shared
 * post-box ("A lawyer needs a direct e-mail address … to receive notifications", DESIGN §1).
 */
export function checkPartyContact(
  role: PartyRole,
  contact: { mobile?: string | null; email?: string | null },
): Result<{ mobile: string | null; email: string | null }, PartyContactRefusal> {
  const mobileIn = contact.mobile?.trim() ? contact.mobile : null;
  const emailIn = contact.email?.trim() ? contact.email : null;
  let mobile: string | null = null;
  if (mobileIn !== null) {
    const checked = normaliseMobile(mobileIn);
    if (!checked.ok) return err(checked.code);
    mobile = checked.value;
  }
  let email: string | null = null;
  if (emailIn !== null) {
    const checked = checkNotificationEmail(emailIn, { isLawyer: role === 'LAWYER' });
    if (!checked.ok) return err(checked.code);
    email = checked.value;
  }
  return ok({ mobile, email });
}
