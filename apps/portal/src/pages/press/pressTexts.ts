// Pure mappings for the press office (unit tested; no React, no DOM): the disclosure decision in plain
// words, the press log's codes to message keys, and the checks the browser makes before logging.
import type { CaseStatus, Outcome } from '../../api/cases';
import type {
  CaseStage,
  DisclosureLevel,
  DisclosureReason,
  InquiryChannel,
  InquiryStatus,
  PressDisclosure,
  PressService,
  WaiverIssue,
} from '../../api/press';
import {
  format,
  formatClockTime,
  formatDate,
  formatDateTime,
  formatList,
  formatTimeOfDay,
  formatWeekdayDateTime,
} from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import type { MessageKey, Messages } from '../../i18n/messages';
import { keyOf, outcomeKeys, statusKeys } from '../cases/caseTexts';
import { lastDayOf } from '../cases/formTexts';

export const channelKeys: Readonly<Record<InquiryChannel, MessageKey>> = {
  PHONE: 'pressChannelPhone',
  EMAIL: 'pressChannelEmail',
  OTHER: 'pressChannelOther',
};

export const inquiryStatusKeys: Readonly<Record<InquiryStatus, MessageKey>> = {
  RECEIVED: 'pressStatusReceived',
  IN_PROGRESS: 'pressStatusInProgress',
  ANSWERED: 'pressStatusAnswered',
  CLOSED: 'pressStatusClosed',
};

/* ---------- Press hours ---------- */

/** "Vi svarer på pressehenvendelser hverdager kl. 09.00–14.00 (norsk tid), ikke på helligdager." */
export function pressHoursText(
  service: Pick<PressService, 'answersFrom' | 'answersTo' | 'excludesPublicHolidays'>,
  m: Messages,
  language: Language,
): string {
  return format(service.excludesPublicHolidays ? m.pressPageHoursExceptHolidays : m.pressPageHours, {
    from: formatClockTime(service.answersFrom, language),
    to: formatClockTime(service.answersTo, language),
  });
}

/** Open now (until when), or when the press office next opens. */
export function pressOpeningText(
  service: Pick<PressService, 'openNow' | 'nextOpening' | 'closesAt'>,
  m: Messages,
  language: Language,
): string {
  if (service.openNow) {
    return service.closesAt
      ? format(m.pressOpenNow, { closes: formatTimeOfDay(service.closesAt, language) })
      : m.pressOpenNowNoClose;
  }
  return format(m.pressClosedNow, { when: formatWeekdayDateTime(service.nextOpening, language) });
}

/* ---------- The disclosure decision in words ---------- */

/** The headline for a level (and, for court cases, the reason): what the press officer may do. */
const sayNothingKeys: Partial<Record<DisclosureReason, MessageKey>> = {
  PENDING_IN_COURT: 'pressHeadlineSayNothingCourt',
  JUDGMENT_NOT_FINAL: 'pressHeadlineSayNothingJudgment',
};

export const stageHeadlineKeys: Readonly<Record<CaseStage, MessageKey>> = {
  RECEIVED: 'pressHeadlineConfirmReceived',
  IN_PROGRESS: 'pressHeadlineConfirmInProgress',
  DECIDED: 'pressHeadlineConfirmDecided',
};

export const reasonKeys: Readonly<Record<DisclosureReason, MessageKey>> = {
  PENDING_IN_COURT: 'pressReasonPendingInCourt',
  JUDGMENT_NOT_FINAL: 'pressReasonJudgmentNotFinal',
  NO_WAIVER: 'pressReasonNoWaiver',
  HELSETILSYN_DECISION: 'pressReasonHelsetilsyn',
  ADMINISTRATIVE_REACTION: 'pressReasonAdministrativeReaction',
  WAIVER: 'pressReasonWaiver',
};

export const waiverIssueKeys: Readonly<Record<WaiverIssue, MessageKey>> = {
  OTHER_JOURNALIST: 'pressInternalOtherJournalist',
  EXPIRED: 'pressInternalExpired',
  REVOKED: 'pressInternalRevoked',
};

export function headlineKey(disclosure: Pick<PressDisclosure, 'level' | 'reason' | 'stage'>): MessageKey {
  switch (disclosure.level as DisclosureLevel | string) {
    case 'SAY_NOTHING':
      return (
        keyOf(sayNothingKeys as Record<DisclosureReason, MessageKey>, disclosure.reason) ??
        'pressHeadlineSayNothing'
      );
    case 'NEITHER_CONFIRM_NOR_DENY':
      return 'pressHeadlineNeither';
    case 'CONFIRM_HANDLING':
      return keyOf(stageHeadlineKeys, disclosure.stage) ?? 'pressHeadlineConfirmAny';
    case 'PROCESS_ONLY':
      return 'pressHeadlineProcessOnly';
    default:
      // a level a newer API may send: the safe answer until the portal knows it
      return 'pressHeadlineUnknown';
  }
}

/** A disclosure decision as the sentences the console shows, in the officer's language. */
export interface DisclosureText {
  headline: string;
  reason: string;
  /** What may be said, one line each (stage is in the headline). Empty when nothing may be said. */
  may: string[];
  /** "Ikke uttal deg om: …", or null. */
  avoid: string | null;
  /** The waiver's time limit, or null. */
  validUntil: string | null;
  /** For the press officer only: why a waiver does not count. Never to be told. */
  internal: string | null;
  /** The public register pointer: `text` has `{register}` where the link goes. */
  register: { text: string; name: string; url: string };
  /** When this was decided. */
  decidedAt: string;
}

function daysText(days: number, m: Messages): string {
  return format(days === 1 ? m.pressDay : m.pressDays, { count: days });
}

export function describeDisclosure(d: PressDisclosure, m: Messages, language: Language): DisclosureText {
  const may: string[] = [];
  if (d.process) {
    const status = keyOf(statusKeys, d.process.status as CaseStatus);
    may.push(format(m.pressMayStatus, { status: status ? m[status] : d.process.status }));
    may.push(format(m.pressMayReceived, { date: formatDate(d.process.receivedAt, language) }));
    may.push(
      d.process.decidedAt
        ? format(m.pressMayDecided, { date: formatDate(d.process.decidedAt, language) })
        : m.pressMayNotDecided,
    );
    may.push(
      format(d.process.decidedAt ? m.pressMayDays : m.pressMayDaysSoFar, {
        days: daysText(d.process.processingDays, m),
      }),
    );
  }
  if (d.outcome) {
    const outcome = keyOf(outcomeKeys, d.outcome as Outcome);
    may.push(format(m.pressMayOutcome, { outcome: outcome ? m[outcome] : d.outcome }));
  }
  const reason = keyOf(reasonKeys, d.reason);
  const issue = keyOf(waiverIssueKeys, d.waiverIssue);
  return {
    headline: m[headlineKey(d)],
    reason: reason ? m[reason] : m.pressReasonUnknown,
    may,
    avoid:
      d.excludedTopics.length > 0
        ? format(m.pressAvoid, { topics: formatList(d.excludedTopics, language) })
        : null,
    validUntil: d.waiverValidUntil
      ? format(m.pressWaiverValidUntil, { date: formatDate(lastDayOf(d.waiverValidUntil), language) })
      : null,
    internal: issue ? m[issue] : null,
    register: { text: m.pressRegister, name: d.publicRegister.name, url: d.publicRegister.url },
    decidedAt: format(m.pressDecidedAt, { time: formatDateTime(d.decidedAt, language) }),
  };
}

/* ---------- The press log's forms ---------- */

export type InquiryField =
  | 'receivedAt'
  | 'newsroom'
  | 'journalistName'
  | 'journalistContact'
  | 'question'
  | 'caseNumber'
  | 'answer';

const errorKeys: Readonly<Record<string, MessageKey>> = {
  INVALID_RECEIVED_AT: 'pressErrorReceivedAt',
  INVALID_NEWSROOM: 'pressErrorNewsroom',
  INVALID_NAME: 'pressErrorName',
  INVALID_CONTACT: 'pressErrorContact',
  INVALID_QUESTION: 'pressErrorQuestion',
  INVALID_CASE_NUMBER: 'pressErrorCaseNumber',
  INVALID_ANSWER: 'pressErrorAnswer',
  INVALID_ANSWERED_AT: 'pressErrorAnsweredAt',
  CLOSED: 'pressErrorClosed',
  INVALID_TRANSITION: 'pressErrorTransition',
  NOT_FOUND: 'pressErrorNotFound',
  FORBIDDEN: 'pressErrorForbidden',
  UNAUTHENTICATED: 'errorUnauthenticated',
};

/** The message for an error code of the press log; anything unknown says nothing was saved. */
export function inquiryErrorKey(code: string | null | undefined): MessageKey {
  return (
    (code != null && Object.hasOwn(errorKeys, code) ? errorKeys[code] : undefined) ?? 'errorMutationFailed'
  );
}

const errorFields: Readonly<Record<string, InquiryField>> = {
  INVALID_RECEIVED_AT: 'receivedAt',
  INVALID_NEWSROOM: 'newsroom',
  INVALID_NAME: 'journalistName',
  INVALID_CONTACT: 'journalistContact',
  INVALID_QUESTION: 'question',
  INVALID_CASE_NUMBER: 'caseNumber',
  INVALID_ANSWER: 'answer',
};

/** The field an error code is about, or null for the form as a whole. */
export function inquiryErrorField(code: string | null | undefined): InquiryField | null {
  return code != null && Object.hasOwn(errorFields, code) ? errorFields[code]! : null;
}

/** The body's case numbers: two-digit year, slash, five digits (26/00102). */
export const CASE_NUMBER = /^\d{2}\/\d{5}$/;
export const MAX_NAME_LENGTH = 200;
export const MAX_CONTACT_LENGTH = 300;
export const MAX_TEXT_LENGTH = 10_000;

const squeeze = (s: string) => s.trim().replace(/\s+/g, ' ');
const between = (s: string, min: number, max: number) => s.length >= min && s.length <= max;

/**
 * Error codes for a new log entry before sending, in the form's order (the server checks again):
 * `receivedAt` is the instant picked, or null for now (`receivedAtText` the field's text, to tell an
 * unreadable value from an untouched one).
 */
export function checkInquiry(
  form: {
    receivedAt: string | null;
    receivedAtText: string;
    newsroom: string;
    journalistName: string;
    journalistContact: string;
    question: string;
    caseNumber: string;
  },
  now: Date,
): string[] {
  const codes: string[] = [];
  if (
    form.receivedAt === null
      ? form.receivedAtText.trim() !== ''
      : Date.parse(form.receivedAt) > now.getTime() + 60_000
  )
    codes.push('INVALID_RECEIVED_AT');
  if (!between(squeeze(form.newsroom), 2, MAX_NAME_LENGTH)) codes.push('INVALID_NEWSROOM');
  if (!between(squeeze(form.journalistName), 2, MAX_NAME_LENGTH)) codes.push('INVALID_NAME');
  if (!between(squeeze(form.journalistContact), 3, MAX_CONTACT_LENGTH)) codes.push('INVALID_CONTACT');
  if (!between(form.question.trim(), 3, MAX_TEXT_LENGTH)) codes.push('INVALID_QUESTION');
  const caseNumber = form.caseNumber.trim();
  if (caseNumber !== '' && !CASE_NUMBER.test(caseNumber)) codes.push('INVALID_CASE_NUMBER');
  return codes;
}

/** Error codes for a lookup (case number, journalist, newsroom) before asking. */
export function checkLookup(form: { caseNumber: string; journalist: string; newsroom: string }): string[] {
  const codes: string[] = [];
  if (!CASE_NUMBER.test(form.caseNumber.trim())) codes.push('INVALID_CASE_NUMBER');
  if (!between(squeeze(form.journalist), 2, MAX_NAME_LENGTH)) codes.push('INVALID_NAME');
  if (!between(squeeze(form.newsroom), 2, MAX_NAME_LENGTH)) codes.push('INVALID_NEWSROOM');
  return codes;
}

/** The answer given, before sending. */
export function checkAnswer(answer: string): string[] {
  return between(answer.trim(), 1, MAX_TEXT_LENGTH) ? [] : ['INVALID_ANSWER'];
}

/** Which status buttons an entry offers (the server decides; a closed entry is final). */
export function statusActions(status: InquiryStatus): {
  inProgress: boolean;
  close: boolean;
  answer: boolean;
} {
  return {
    inProgress: status === 'RECEIVED',
    close: status !== 'CLOSED',
    answer: status !== 'CLOSED',
  };
}

/**
 * Whether the console looks up what may be said as soon as the entry is shown: only for entries
 * still to be answered. Each lookup is a PRESS_LOOKUP in the complainant's "who has seen my case",
 * so answered and closed entries look it up only when the press officer asks.
 */
export function looksUpAtOnce(status: InquiryStatus): boolean {
  return status === 'RECEIVED' || status === 'IN_PROGRESS';
}
