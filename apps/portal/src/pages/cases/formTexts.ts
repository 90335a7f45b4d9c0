// Pure helpers for the forms of Min side: error codes to message keys and to the field they are
// about, checks the browser can make before sending, topics parsing, and the waiver's time limit
// (unit tested; no React, no DOM).
import type { MessageKey } from '../../i18n/messages';

export const MAX_COMMENTS_LENGTH = 10_000;
export const MAX_NAME_LENGTH = 200;
export const MAX_TOPIC_LENGTH = 500;
export const MAX_TOPICS = 50;

export type FormName = 'comments' | 'contact' | 'waiver';
export type FormField = 'comments' | 'mobile' | 'email' | 'journalist' | 'newsroom' | 'topics' | 'validUntil';

const errorKeys: Readonly<Record<string, MessageKey>> = {
  INVALID_COMMENTS: 'formErrorComments',
  MALFORMED_MOBILE: 'errorMalformedMobile',
  FOREIGN_MOBILE: 'errorForeignMobile',
  NOT_MOBILE: 'errorNotMobile',
  MALFORMED_EMAIL: 'errorMalformedEmail',
  SHARED_MAILBOX: 'formErrorSharedMailbox',
  NO_CONTACT: 'formErrorNoContact',
  NOT_COMPLAINANT_OR_GUARDIAN: 'formErrorNotComplainantOrGuardian',
  INVALID_JOURNALIST: 'formErrorJournalist',
  INVALID_NEWSROOM: 'formErrorNewsroom',
  INVALID_TOPICS: 'formErrorTopics',
  VALID_UNTIL_PASSED: 'formErrorValidUntilPassed',
  INVALID_DATE: 'formErrorInvalidDate',
  ALREADY_REVOKED: 'formErrorAlreadyRevoked',
  FORMS_NOT_ALLOWED: 'formErrorNotAllowed',
  FORBIDDEN: 'formErrorNotAllowed',
  NOT_FOUND: 'errorNotFound',
  UNAUTHENTICATED: 'errorUnauthenticated',
  CONSENT_REQUIRED: 'errorConsentRequired',
};

/** The message for a form's error code; anything unknown says nothing was sent, try again. */
export function formErrorKey(code: string | null | undefined): MessageKey {
  return (
    (code != null && Object.hasOwn(errorKeys, code) ? errorKeys[code] : undefined) ?? 'formErrorUnavailable'
  );
}

const errorFields: Readonly<Record<string, FormField>> = {
  INVALID_COMMENTS: 'comments',
  MALFORMED_MOBILE: 'mobile',
  FOREIGN_MOBILE: 'mobile',
  NOT_MOBILE: 'mobile',
  MALFORMED_EMAIL: 'email',
  SHARED_MAILBOX: 'email',
  NO_CONTACT: 'mobile',
  INVALID_JOURNALIST: 'journalist',
  INVALID_NEWSROOM: 'newsroom',
  INVALID_TOPICS: 'topics',
  VALID_UNTIL_PASSED: 'validUntil',
  INVALID_DATE: 'validUntil',
};

/** The field an error code is about (shown there and linked from the summary), or null for the whole form. */
export function formErrorField(code: string | null | undefined): FormField | null {
  return code != null && Object.hasOwn(errorFields, code) ? errorFields[code]! : null;
}

/** The topics the body must not speak about: one per line, trimmed, empty lines and repeats left out. */
export function parseTopics(text: string): string[] {
  const seen = new Set<string>();
  const topics: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const topic = line.trim().replace(/\s+/g, ' ');
    const folded = topic.toLocaleLowerCase('nb');
    if (topic && !seen.has(folded)) {
      seen.add(folded);
      topics.push(topic);
    }
  }
  return topics;
}

/** Error codes for the comments form before sending (the server checks again). */
export function checkComments(comments: string): string[] {
  const length = comments.trim().length;
  return length === 0 || length > MAX_COMMENTS_LENGTH ? ['INVALID_COMMENTS'] : [];
}

/** At least one of mobile and e-mail; the server checks the formats. */
export function checkContact(contact: { mobile: string; email: string }): string[] {
  return contact.mobile.trim() === '' && contact.email.trim() === '' ? ['NO_CONTACT'] : [];
}

/** Error codes for the waiver before sending, one per field, in the form's order. */
export function checkWaiver(
  waiver: { journalist: string; newsroom: string; topics: string; validUntil: string },
  now: Date,
): string[] {
  const codes: string[] = [];
  const journalist = waiver.journalist.trim();
  if (journalist.length === 0 || journalist.length > MAX_NAME_LENGTH) codes.push('INVALID_JOURNALIST');
  const newsroom = waiver.newsroom.trim();
  if (newsroom.length === 0 || newsroom.length > MAX_NAME_LENGTH) codes.push('INVALID_NEWSROOM');
  const topics = parseTopics(waiver.topics);
  if (topics.length > MAX_TOPICS || topics.some((t) => t.length > MAX_TOPIC_LENGTH))
    codes.push('INVALID_TOPICS');
  if (waiver.validUntil.trim() !== '') {
    const until = waiverTimeLimit(waiver.validUntil);
    if (until === null) codes.push('INVALID_DATE');
    else if (Date.parse(until) <= now.getTime()) codes.push('VALID_UNTIL_PASSED');
  }
  return codes;
}

/** Hours Oslo is ahead of UTC at an instant (1 in winter, 2 in summer). */
function osloOffsetMs(at: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - at;
}

/**
 * The waiver's time limit for a date picked as "valid until and including" (`YYYY-MM-DD`, a date in
 * Norway): the instant the next day begins in Oslo, which the server treats as exclusive. Null when
 * not a date.
 */
export function waiverTimeLimit(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  const midnightUtc = Date.UTC(year, month - 1, day + 1);
  // First guess with the offset at that moment, then once more (the offset may differ on either side).
  let instant = midnightUtc - osloOffsetMs(midnightUtc);
  instant = midnightUtc - osloOffsetMs(instant);
  return new Date(instant).toISOString();
}

/** The last day a waiver holds (its exclusive limit minus a moment), as an instant to format as a date. */
export function lastDayOf(validUntil: string): string {
  return new Date(Date.parse(validUntil) - 1).toISOString();
}
