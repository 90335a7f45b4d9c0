// The press office: its public hours, and for press officers the press log (`/intern/presse`) and
// what may be said about a case to a named journalist. Journalists' names, contacts and questions
// travel in POST bodies only: never in an address, storage or the console.
import type { CaseStatus, Outcome } from './cases';
import { fieldError, GraphQLRequestError, graphqlRequest, graphqlResponse } from './graphql';
import type { MutationFailure } from './mutations';

/* ---------- Public: press hours ---------- */

export interface PressService {
  /** Local time of day, HH:MM. */
  answersFrom: string;
  answersTo: string;
  timeZone: string;
  excludesPublicHolidays: boolean;
  openNow: boolean;
  /** Now, if open; else when press hours next open. */
  nextOpening: string;
  /** When the current press hours close (while open). */
  closesAt: string | null;
}

export const PRESS_SERVICE_QUERY = `query PressService {
  pressService { answersFrom answersTo timeZone excludesPublicHolidays openNow nextOpening closesAt }
}`;

export async function fetchPressService(signal?: AbortSignal): Promise<PressService> {
  const data = await graphqlRequest<{ pressService: PressService | null }, Record<string, never>>(
    PRESS_SERVICE_QUERY,
    {},
    signal,
  );
  if (!data.pressService) throw new GraphQLRequestError('pressService was null');
  return data.pressService;
}

/* ---------- The disclosure decision ---------- */

export type DisclosureLevel =
  | 'SAY_NOTHING'
  | 'NEITHER_CONFIRM_NOR_DENY'
  | 'CONFIRM_HANDLING'
  | 'PROCESS_ONLY';
export const disclosureLevels: readonly DisclosureLevel[] = [
  'SAY_NOTHING',
  'NEITHER_CONFIRM_NOR_DENY',
  'CONFIRM_HANDLING',
  'PROCESS_ONLY',
];

export type DisclosureReason =
  | 'PENDING_IN_COURT'
  | 'JUDGMENT_NOT_FINAL'
  | 'NO_WAIVER'
  | 'HELSETILSYN_DECISION'
  | 'ADMINISTRATIVE_REACTION'
  | 'WAIVER';
export const disclosureReasons: readonly DisclosureReason[] = [
  'PENDING_IN_COURT',
  'JUDGMENT_NOT_FINAL',
  'NO_WAIVER',
  'HELSETILSYN_DECISION',
  'ADMINISTRATIVE_REACTION',
  'WAIVER',
];

export type WaiverIssue = 'OTHER_JOURNALIST' | 'EXPIRED' | 'REVOKED';
export const waiverIssues: readonly WaiverIssue[] = ['OTHER_JOURNALIST', 'EXPIRED', 'REVOKED'];

export type CaseStage = 'RECEIVED' | 'IN_PROGRESS' | 'DECIDED';
export const caseStages: readonly CaseStage[] = ['RECEIVED', 'IN_PROGRESS', 'DECIDED'];

export interface PressDisclosure {
  level: DisclosureLevel;
  reason: DisclosureReason;
  /** For the press officer only: why a waiver on the case does not count. Never to be told. */
  waiverIssue: WaiverIssue | null;
  stage: CaseStage | null;
  process: {
    status: CaseStatus;
    receivedAt: string;
    decidedAt: string | null;
    processingDays: number;
  } | null;
  outcome: Outcome | null;
  excludedTopics: string[];
  /** The waiver's time limit (exclusive), if any. */
  waiverValidUntil: string | null;
  publicRegister: { name: string; url: string };
  decidedAt: string;
}

export const DISCLOSURE_FIELDS = `level reason waiverIssue stage outcome excludedTopics waiverValidUntil decidedAt
  process { status receivedAt decidedAt processingDays } publicRegister { name url }`;

/**
 * "Status på autorisasjonen/lisensen til helsepersonell i Norge er offentlig informasjon": the same
 * pointer the press subgraph gives in every answer, for the answer the console makes up itself.
 */
export const PUBLIC_REGISTER = {
  name: 'Helsepersonellregisteret',
  url: 'https://register.helsedirektoratet.no/hpr',
};

/**
 * The answer when there is no decision to show (no case has that number): exactly the answer without
 * a waiver, so nothing on the screen tells the press officer, or anyone they talk to, that no case
 * exists.
 */
export function neitherConfirmNorDeny(now: Date): PressDisclosure {
  return {
    level: 'NEITHER_CONFIRM_NOR_DENY',
    reason: 'NO_WAIVER',
    waiverIssue: null,
    stage: null,
    process: null,
    outcome: null,
    excludedTopics: [],
    waiverValidUntil: null,
    publicRegister: PUBLIC_REGISTER,
    decidedAt: now.toISOString(),
  };
}

export const PRESS_DISCLOSURE_QUERY = `query PressDisclosure($caseNumber: String!, $journalist: String!, $newsroom: String!) {
  pressCase(caseNumber: $caseNumber) {
    caseNumber
    pressDisclosure(journalist: $journalist, newsroom: $newsroom) { ${DISCLOSURE_FIELDS} }
  }
}`;

export interface DisclosureQuestion {
  caseNumber: string;
  journalist: string;
  newsroom: string;
}

export type DisclosureResult = { ok: true; disclosure: PressDisclosure } | MutationFailure;

/**
 * What may be said about a case to this journalist of this newsroom. No case by that number (no case,
 * or no decision) is answered as without a waiver: neither confirm nor deny.
 */
export async function fetchPressDisclosure(
  question: DisclosureQuestion,
  signal?: AbortSignal,
  now: () => Date = () => new Date(),
): Promise<DisclosureResult> {
  try {
    const { data, errors } = await graphqlResponse<
      { pressCase: { caseNumber: string; pressDisclosure: PressDisclosure | null } | null },
      { caseNumber: string; journalist: string; newsroom: string }
    >(
      PRESS_DISCLOSURE_QUERY,
      {
        caseNumber: question.caseNumber.trim(),
        journalist: question.journalist.trim(),
        newsroom: question.newsroom.trim(),
      },
      signal,
    );
    const refused = fieldError(errors, 'pressCase');
    if (refused) return { ok: false, code: refused.code };
    return { ok: true, disclosure: data.pressCase?.pressDisclosure ?? neitherConfirmNorDeny(now()) };
  } catch (error) {
    return { ok: false, code: error instanceof GraphQLRequestError ? (error.code ?? null) : null };
  }
}

/* ---------- The press log ---------- */

export type InquiryChannel = 'PHONE' | 'EMAIL' | 'OTHER';
export const inquiryChannels: readonly InquiryChannel[] = ['PHONE', 'EMAIL', 'OTHER'];

export type InquiryStatus = 'RECEIVED' | 'IN_PROGRESS' | 'ANSWERED' | 'CLOSED';
export const inquiryStatuses: readonly InquiryStatus[] = ['RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED'];

export interface PressInquiry {
  id: string;
  receivedAt: string;
  channel: InquiryChannel;
  /** The client (oppdragsgiver). */
  newsroom: string;
  journalistName: string;
  journalistContact: string;
  question: string;
  caseNumber: string | null;
  status: InquiryStatus;
  answer: string | null;
  answeredAt: string | null;
  /** Staff id of who logged it, then of who answered it. */
  handledBy: string | null;
  deleteAfter: string;
  handling: { outsidePressHours: boolean; handledFrom: string };
}

export const INQUIRY_FIELDS = `id receivedAt channel newsroom journalistName journalistContact question caseNumber
  status answer answeredAt handledBy deleteAfter handling { outsidePressHours handledFrom }`;

export const PRESS_INQUIRIES_QUERY = `query PressInquiries($first: Int!) {
  pressInquiries(first: $first) { ${INQUIRY_FIELDS} }
}`;

export const PAGE_SIZE = 20;

export type InquiriesResult = { ok: true; inquiries: PressInquiry[] } | MutationFailure;

/** The latest entries, newest first; a refusal (FORBIDDEN, UNAUTHENTICATED) comes back as its code. */
export async function fetchPressInquiries(first: number, signal?: AbortSignal): Promise<InquiriesResult> {
  try {
    const { data, errors } = await graphqlResponse<
      { pressInquiries: PressInquiry[] | null },
      { first: number }
    >(PRESS_INQUIRIES_QUERY, { first }, signal);
    if (data.pressInquiries) return { ok: true, inquiries: data.pressInquiries };
    return { ok: false, code: fieldError(errors, 'pressInquiries')?.code ?? null };
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code) return { ok: false, code: error.code };
    throw error; // network or server trouble: the page offers to try again
  }
}

const RESULT = `ok error { code message } inquiry { ${INQUIRY_FIELDS} }`;

export const LOG_PRESS_INQUIRY_MUTATION = `mutation LogPressInquiry($input: LogPressInquiryInput!) {
  logPressInquiry(input: $input) { ${RESULT} }
}`;

export const ANSWER_PRESS_INQUIRY_MUTATION = `mutation AnswerPressInquiry($input: AnswerPressInquiryInput!) {
  answerPressInquiry(input: $input) { ${RESULT} }
}`;

export const SET_PRESS_INQUIRY_STATUS_MUTATION = `mutation SetPressInquiryStatus($id: ID!, $status: PressInquiryStatus!) {
  setPressInquiryStatus(id: $id, status: $status) { ${RESULT} }
}`;

interface InquiryPayload {
  ok: boolean;
  error: { code: string; message: string } | null;
  inquiry: PressInquiry | null;
}

export type InquiryOutcome = { ok: true; inquiry: PressInquiry } | MutationFailure;

async function inquiryMutation(
  query: string,
  field: string,
  variables: Record<string, unknown>,
): Promise<InquiryOutcome> {
  try {
    const { data, errors } = await graphqlResponse<
      Record<string, InquiryPayload | null>,
      Record<string, unknown>
    >(query, variables);
    const payload = data[field];
    if (payload?.ok && payload.inquiry) return { ok: true, inquiry: payload.inquiry };
    return { ok: false, code: payload?.error?.code ?? fieldError(errors, field)?.code ?? null };
  } catch (error) {
    return { ok: false, code: error instanceof GraphQLRequestError ? (error.code ?? null) : null };
  }
}

export interface NewInquiry {
  /** An instant, or null for now. */
  receivedAt: string | null;
  channel: InquiryChannel;
  newsroom: string;
  journalistName: string;
  journalistContact: string;
  question: string;
  /** Empty means none. */
  caseNumber: string;
}

/** The input as the API takes it: trimmed, no case number sent as null, no time as "now". */
export function toLogInput(entry: NewInquiry): Record<string, unknown> {
  return {
    receivedAt: entry.receivedAt,
    channel: entry.channel,
    newsroom: entry.newsroom.trim(),
    journalistName: entry.journalistName.trim(),
    journalistContact: entry.journalistContact.trim(),
    question: entry.question.trim(),
    caseNumber: entry.caseNumber.trim() || null,
  };
}

export function logPressInquiry(entry: NewInquiry): Promise<InquiryOutcome> {
  return inquiryMutation(LOG_PRESS_INQUIRY_MUTATION, 'logPressInquiry', { input: toLogInput(entry) });
}

export function answerPressInquiry(id: string, answer: string): Promise<InquiryOutcome> {
  return inquiryMutation(ANSWER_PRESS_INQUIRY_MUTATION, 'answerPressInquiry', {
    input: { id, answer: answer.trim() },
  });
}

export function setPressInquiryStatus(id: string, status: 'IN_PROGRESS' | 'CLOSED'): Promise<InquiryOutcome> {
  return inquiryMutation(SET_PRESS_INQUIRY_STATUS_MUTATION, 'setPressInquiryStatus', { id, status });
}
