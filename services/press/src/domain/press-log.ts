import { err, ok, type Result } from '@klageportal/kit';
import type { InquiryChannel, InquiryStatus } from './press-service.js';

/**
 * "I loggen skriver vi følgende opplysninger: dato for henvendelsen, oppdragsgiver, navn,
 * kontaktinformasjon, spørsmål" (seeds/000): an entry as a press officer writes it.
 */
export type InquiryInput = {
  receivedAt?: Date | null;
  channel: InquiryChannel;
  newsroom: string;
  journalistName: string;
  journalistContact: string;
  question: string;
  caseNumber?: string | null;
};

export type CheckedInquiry = {
  receivedAt: Date;
  channel: InquiryChannel;
  newsroom: string;
  journalistName: string;
  journalistContact: string;
  question: string;
  caseNumber: string | null;
};

export type InquiryRefusal =
  | 'INVALID_RECEIVED_AT'
  | 'INVALID_NEWSROOM'
  | 'INVALID_NAME'
  | 'INVALID_CONTACT'
  | 'INVALID_QUESTION'
  | 'INVALID_CASE_NUMBER';

/** The body's case numbers: two-digit year, slash, five digits (26/00101). */
export const CASE_NUMBER = /^\d{2}\/\d{5}$/;

/** A clock may be a little ahead of another; an entry from the future beyond that is a typo. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const TEN_YEARS_MS = 10 * 365.25 * 24 * 60 * 60 * 1000;

const clean = (s: string | null | undefined) => (s ?? '').normalize('NFC').trim().replace(/\s+/g, ' ');

/**
 * Checks an entry before it is logged: received now or earlier (not in the future, and not older
 * than the log keeps), client, name, contact and question present and of sane length, and a case
 * number in the body's format when given. The question keeps its line breaks.
 */
export function checkInquiry(input: InquiryInput, now: Date): Result<CheckedInquiry, InquiryRefusal> {
  const receivedAt = input.receivedAt ?? now;
  if (
    Number.isNaN(receivedAt.getTime()) ||
    receivedAt.getTime() > now.getTime() + CLOCK_SKEW_MS ||
    receivedAt.getTime() < now.getTime() - TEN_YEARS_MS
  )
    return err('INVALID_RECEIVED_AT');
  const newsroom = clean(input.newsroom);
  if (newsroom.length < 2 || newsroom.length > 200) return err('INVALID_NEWSROOM');
  const journalistName = clean(input.journalistName);
  if (journalistName.length < 2 || journalistName.length > 200) return err('INVALID_NAME');
  const journalistContact = clean(input.journalistContact);
  if (journalistContact.length < 3 || journalistContact.length > 300) return err('INVALID_CONTACT');
  const question = (input.question ?? '').normalize('NFC').trim();
  if (question.length < 3 || question.length > 10_000) return err('INVALID_QUESTION');
  const caseNumber = clean(input.caseNumber) || null;
  if (caseNumber !== null && !CASE_NUMBER.test(caseNumber)) return err('INVALID_CASE_NUMBER');
  return ok({
    receivedAt,
    channel: input.channel,
    newsroom,
    journalistName,
    journalistContact,
    question,
    caseNumber,
  });
}

/** The answer given, as the press officer records it. */
export function checkAnswer(
  answer: string,
  answeredAt: Date | null | undefined,
  receivedAt: Date,
  now: Date,
): Result<{ answer: string; answeredAt: Date }, 'INVALID_ANSWER' | 'INVALID_ANSWERED_AT'> {
  const text = (answer ?? '').normalize('NFC').trim();
  if (text.length < 1 || text.length > 10_000) return err('INVALID_ANSWER');
  const at = answeredAt ?? now;
  if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime() + CLOCK_SKEW_MS || at < receivedAt)
    return err('INVALID_ANSWERED_AT');
  return ok({ answer: text, answeredAt: at });
}

/**
 * How an entry moves: received → in progress → answered → closed. An answer may be recorded (or
 * corrected) until the entry is closed; an entry may be closed from any status (e.g. withdrawn);
 * a closed entry is final.
 */
export function mayMoveInquiry(
  from: InquiryStatus,
  to: InquiryStatus,
): Result<InquiryStatus, 'INVALID_TRANSITION' | 'CLOSED'> {
  if (from === 'CLOSED') return err('CLOSED');
  const allowed: Record<InquiryStatus, readonly InquiryStatus[]> = {
    RECEIVED: ['IN_PROGRESS', 'ANSWERED', 'CLOSED'],
    IN_PROGRESS: ['ANSWERED', 'CLOSED'],
    ANSWERED: ['ANSWERED', 'CLOSED'],
    CLOSED: [],
  };
  return allowed[from].includes(to) ? ok(to) : err('INVALID_TRANSITION');
}

/** "Opplysningene slettes etter ti år": whether an entry is due for deletion at `now`. */
export function isDueForDeletion(deleteAfter: Date, now: Date): boolean {
  return deleteAfter.getTime() <= now.getTime();
}
