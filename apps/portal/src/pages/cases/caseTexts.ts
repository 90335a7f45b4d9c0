// Pure mappings from the API's codes to message keys (unit tested; no React, no DOM).
import type {
  AccessAction,
  AccessRole,
  CaseParty,
  CasePermissions,
  CaseStatus,
  CourtStatus,
  Outcome,
  UnavailableReason,
} from '../../api/cases';
import { partyRoles } from '../../api/cases';
import type { MessageKey } from '../../i18n/messages';

export const statusKeys: Readonly<Record<CaseStatus, MessageKey>> = {
  RECEIVED: 'statusReceived',
  UNDER_PREPARATION: 'statusUnderPreparation',
  SENT_TO_BOARD: 'statusSentToBoard',
  DECIDED: 'statusDecided',
  REOPENED: 'statusReopened',
};

export const outcomeKeys: Readonly<Record<Outcome, MessageKey>> = {
  UPHELD: 'outcomeUpheld',
  REVERSED_IN_FULL: 'outcomeReversedInFull',
  REVERSED_IN_PART: 'outcomeReversedInPart',
  QUASHED: 'outcomeQuashed',
  DISMISSED: 'outcomeDismissed',
};

export const courtStatusKeys: Readonly<Record<CourtStatus, MessageKey>> = {
  NONE: 'courtNone',
  PENDING_IN_COURT: 'courtPending',
  JUDGMENT_NOT_FINAL: 'courtJudgmentNotFinal',
  FINAL_JUDGMENT: 'courtFinalJudgment',
};

export const roleKeys: Readonly<Record<AccessRole, MessageKey>> = {
  COMPLAINANT: 'partyComplainant',
  LAWYER: 'partyLawyer',
  PROXY: 'partyProxy',
  GUARDIAN: 'partyGuardian',
  SURVIVING_RELATIVE: 'partySurvivingRelative',
  CASE_OFFICER: 'accessCaseOfficer',
  PRESS_OFFICER: 'accessPressOfficer',
  PARTNER: 'accessPartner',
};

export const actionKeys: Readonly<Record<AccessAction, MessageKey>> = {
  LISTED: 'actionListed',
  VIEWED: 'actionViewed',
  PARTNER_READ: 'actionPartnerRead',
  REGISTERED: 'actionRegistered',
  PARTY_ADDED: 'actionPartyAdded',
  PARTY_REMOVED: 'actionPartyRemoved',
  STATUS_CHANGED: 'actionStatusChanged',
  COURT_STATUS_CHANGED: 'actionCourtStatusChanged',
  DOCUMENT_ADDED: 'actionDocumentAdded',
  DOWNLOADED: 'actionDownloaded',
  CASE_FILE_DOWNLOADED: 'actionCaseFileDownloaded',
  PRESS_LOOKUP: 'actionPressLookup',
};

export const unavailableKeys: Readonly<Record<UnavailableReason, MessageKey>> = {
  TWO_LAWYERS: 'caseUnavailableTwoLawyers',
  MISSING_CONTACT: 'caseUnavailableMissingContact',
  MISSING_MOBILE: 'caseUnavailableMissingMobile',
  MISSING_EMAIL: 'caseUnavailableMissingEmail',
};

/**
 * Who did something, for "who has seen my case": the body's staff and the partner by role and unit,
 * never by name (the press office is always "the press office"); a party by name and role.
 */
export function accessActorKey(role: AccessRole | string): MessageKey | null {
  if (role === 'CASE_OFFICER') return 'accessLogCaseOfficer';
  if (role === 'PRESS_OFFICER') return 'accessLogPressOffice';
  return null;
}

const partyRoleNames: ReadonlySet<string> = new Set(partyRoles);

/**
 * Whether the access log may name whoever did it: only the parties, never staff, the press office or
 * the partner (nor a role a newer API may add).
 */
export function mayNameActor(role: AccessRole | string): boolean {
  return partyRoleNames.has(role);
}

/** A key from one of the tables above, or undefined for a value a newer API may send. */
export function keyOf<K extends string>(
  table: Readonly<Record<K, MessageKey>>,
  value: string | null | undefined,
) {
  return value != null && Object.hasOwn(table, value) ? table[value as K] : undefined;
}

/** Why a case cannot be used in Min side; an unknown reason gets the general "no access" text. */
export function unavailableReasonKey(reason: string | null | undefined): MessageKey {
  return keyOf(unavailableKeys, reason) ?? 'caseForbiddenText';
}

/** Reasons that only the body can fix by registering contact details on the case. */
export function needsContactDetails(reason: string | null | undefined): boolean {
  return reason === 'MISSING_CONTACT' || reason === 'MISSING_MOBILE' || reason === 'MISSING_EMAIL';
}

export type PermissionName = keyof CasePermissions;

const permissionOrder: readonly [PermissionName, MessageKey][] = [
  ['read', 'permRead'],
  ['fillForms', 'permFillForms'],
  ['upload', 'permUpload'],
  ['sendDocuments', 'permSendDocuments'],
  ['downloadCaseFile', 'permDownloadCaseFile'],
];

/**
 * "What I may do here": what the viewer may and may not do, as message keys, and whether to explain
 * that a lawyer or proxy does the uploading and sending (a represented complainant may not).
 */
export function describePermissions(
  permissions: CasePermissions,
  parties: readonly Pick<CaseParty, 'role' | 'isViewer' | 'name'>[],
): { may: MessageKey[]; mayNot: MessageKey[]; representedBy: string[] | null } {
  const may = permissionOrder.filter(([name]) => permissions[name]).map(([, key]) => key);
  const mayNot = permissionOrder.filter(([name]) => !permissions[name]).map(([, key]) => key);
  const represented = !permissions.upload || !permissions.sendDocuments;
  const representatives = parties
    .filter((p) => !p.isViewer && (p.role === 'LAWYER' || p.role === 'PROXY'))
    .map((p) => p.name);
  return { may, mayNot, representedBy: represented ? [...new Set(representatives)] : null };
}

/** Where a case may move next (the body's process; the server decides, this only offers the choices). */
const transitions: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  RECEIVED: ['UNDER_PREPARATION'],
  UNDER_PREPARATION: ['SENT_TO_BOARD', 'DECIDED'],
  SENT_TO_BOARD: ['UNDER_PREPARATION', 'DECIDED'],
  DECIDED: ['REOPENED'],
  REOPENED: ['UNDER_PREPARATION'],
};

export function nextStatuses(status: CaseStatus): readonly CaseStatus[] {
  return transitions[status] ?? [];
}

const errorKeys: Readonly<Record<string, MessageKey>> = {
  FORBIDDEN: 'errorForbidden',
  NOT_FOUND: 'errorNotFound',
  BAD_USER_INPUT: 'errorBadUserInput',
  UNKNOWN_CASE_TYPE: 'errorUnknownCaseType',
  CASE_TYPE_ENDED: 'errorCaseTypeEnded',
  RECEIVED_IN_FUTURE: 'errorReceivedInFuture',
  INVALID_CASE_NUMBER: 'errorInvalidCaseNumber',
  CASE_NUMBER_TAKEN: 'errorCaseNumberTaken',
  INVALID_NAME: 'errorInvalidName',
  PARTY_EXISTS: 'errorPartyExists',
  NOT_A_PARTY: 'errorNotAParty',
  TRANSITION_NOT_ALLOWED: 'errorTransitionNotAllowed',
  NO_BOARD: 'errorNoBoard',
  OUTCOME_REQUIRED: 'errorOutcomeRequired',
  DECISION_DATE_REQUIRED: 'errorDecisionDateRequired',
  DECISION_DATE_IN_FUTURE: 'errorDecisionDateInFuture',
  DECISION_DATE_BEFORE_RECEIVED: 'errorDecisionDateBeforeReceived',
  DECISION_DATE_NOT_AFTER_PREVIOUS: 'errorDecisionDateNotAfterPrevious',
  DECISION_NOT_EXPECTED: 'errorDecisionNotExpected',
  BEFORE_LAST_STATUS_CHANGE: 'errorBeforeLastStatusChange',
  CHANGED_MEANWHILE: 'errorChangedMeanwhile',
  FORMAT: 'errorFnrFormat',
  CHECKSUM: 'errorFnrChecksum',
  DATE: 'errorFnrDate',
  D_NUMBER: 'errorFnrDNumber',
  H_NUMBER: 'errorFnrHNumber',
  SYNTHETIC_NOT_ALLOWED: 'errorFnrSynthetic',
  SHARED_MAILBOX: 'errorLawyerSharedMailbox',
};

/**
 * The message for an error code in the case officers' console; codes shared with Min side (mobile,
 * e-mail, login) fall back to `fallback` (mutationErrorKey), anything unknown to a general "try again".
 */
export function staffErrorKey(
  code: string | null,
  fallback: (code: string | null) => MessageKey,
): MessageKey {
  return (code !== null && Object.hasOwn(errorKeys, code) ? errorKeys[code] : undefined) ?? fallback(code);
}

export type PartyField = 'fodselsnummer' | 'name' | 'mobile' | 'email';

const partyFields: Readonly<Record<string, PartyField>> = {
  FORMAT: 'fodselsnummer',
  CHECKSUM: 'fodselsnummer',
  DATE: 'fodselsnummer',
  D_NUMBER: 'fodselsnummer',
  H_NUMBER: 'fodselsnummer',
  SYNTHETIC_NOT_ALLOWED: 'fodselsnummer',
  INVALID_NAME: 'name',
  MALFORMED_MOBILE: 'mobile',
  FOREIGN_MOBILE: 'mobile',
  NOT_MOBILE: 'mobile',
  MALFORMED_EMAIL: 'email',
  SHARED_MAILBOX: 'email',
};

/** The add-party field an error code is about (shown at that field), or null for the form as a whole. */
export function partyErrorField(code: string | null): PartyField | null {
  return code !== null && Object.hasOwn(partyFields, code) ? partyFields[code]! : null;
}
