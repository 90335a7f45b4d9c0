import type { GraphQLLanguage } from '../i18n/languages';
import { type CaseDocument, DOCUMENT_FIELDS } from './documents';
import { WAIVER_FIELDS, type Waiver } from './forms';
import { type FieldError, fieldError, GraphQLRequestError, graphqlRequest, graphqlResponse } from './graphql';

export type CaseStatus = 'RECEIVED' | 'UNDER_PREPARATION' | 'SENT_TO_BOARD' | 'DECIDED' | 'REOPENED';
export const caseStatuses: readonly CaseStatus[] = [
  'RECEIVED',
  'UNDER_PREPARATION',
  'SENT_TO_BOARD',
  'DECIDED',
  'REOPENED',
];

export type Outcome = 'UPHELD' | 'REVERSED_IN_FULL' | 'REVERSED_IN_PART' | 'QUASHED' | 'DISMISSED';
export const outcomes: readonly Outcome[] = [
  'UPHELD',
  'REVERSED_IN_FULL',
  'REVERSED_IN_PART',
  'QUASHED',
  'DISMISSED',
];

export type CourtStatus = 'NONE' | 'PENDING_IN_COURT' | 'JUDGMENT_NOT_FINAL' | 'FINAL_JUDGMENT';
export const courtStatuses: readonly CourtStatus[] = [
  'NONE',
  'PENDING_IN_COURT',
  'JUDGMENT_NOT_FINAL',
  'FINAL_JUDGMENT',
];

export type PartyRole = 'COMPLAINANT' | 'LAWYER' | 'PROXY' | 'GUARDIAN' | 'SURVIVING_RELATIVE';
export const partyRoles: readonly PartyRole[] = [
  'COMPLAINANT',
  'LAWYER',
  'PROXY',
  'GUARDIAN',
  'SURVIVING_RELATIVE',
];

export type AccessRole = PartyRole | 'CASE_OFFICER' | 'PRESS_OFFICER' | 'PARTNER';

export type UnavailableReason = 'TWO_LAWYERS' | 'MISSING_CONTACT' | 'MISSING_MOBILE' | 'MISSING_EMAIL';

export interface StatusEvent {
  status: CaseStatus;
  at: string;
}

export interface CaseTypeOption {
  code: string;
  name: string;
  /** Last day of a case type that no longer exists (YYYY-MM-DD), else null. */
  validTo: string | null;
}

/** Search, status and case type, as sent to `myCases` and `cases` (empty values are left out). */
export interface CaseFilter {
  search: string;
  status: CaseStatus | '';
  caseType: string;
}

export const emptyFilter: CaseFilter = { search: '', status: '', caseType: '' };

/** The GraphQL `CaseFilter` for what the user chose: nothing for what they left empty. */
export function toCaseFilterInput(filter: CaseFilter): {
  search?: string;
  statuses?: CaseStatus[];
  caseTypes?: string[];
} {
  const search = filter.search.trim();
  return {
    ...(search ? { search } : {}),
    ...(filter.status ? { statuses: [filter.status] } : {}),
    ...(filter.caseType ? { caseTypes: [filter.caseType] } : {}),
  };
}

export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

/* ---------- Mine saker ---------- */

export interface MyCase {
  caseNumber: string;
  available: boolean;
  unavailableReason: UnavailableReason | null;
  case: {
    id: string;
    caseNumber: string;
    status: CaseStatus;
    receivedAt: string;
    caseType: { code: string; name: string };
  } | null;
  lastEvent: StatusEvent | null;
}

export interface MyCasesPage {
  items: MyCase[];
  pageInfo: PageInfo;
  totalCount: number;
}

export const PAGE_SIZE = 25;

export const MY_CASES_QUERY = `query MyCases($language: Language!, $filter: CaseFilter, $first: Int!, $after: String) {
  myCases(filter: $filter, first: $first, after: $after) {
    items {
      caseNumber
      available
      unavailableReason
      case { id caseNumber status receivedAt caseType { code name(language: $language) } }
      lastEvent { status at }
    }
    pageInfo { endCursor hasNextPage }
    totalCount
  }
}`;

export const CASE_TYPES_QUERY = `query CaseTypes($language: Language!) {
  caseTypes { code name(language: $language) validTo }
}`;

export async function fetchMyCases(
  variables: { language: GraphQLLanguage; filter: CaseFilter; after: string | null },
  signal?: AbortSignal,
): Promise<MyCasesPage> {
  const data = await graphqlRequest<
    { myCases: MyCasesPage | null },
    {
      language: GraphQLLanguage;
      filter: ReturnType<typeof toCaseFilterInput>;
      first: number;
      after: string | null;
    }
  >(
    MY_CASES_QUERY,
    {
      language: variables.language,
      filter: toCaseFilterInput(variables.filter),
      first: PAGE_SIZE,
      after: variables.after,
    },
    signal,
  );
  if (!data.myCases) throw new GraphQLRequestError('myCases was null');
  return data.myCases;
}

export async function fetchCaseTypes(
  language: GraphQLLanguage,
  signal?: AbortSignal,
): Promise<CaseTypeOption[]> {
  const data = await graphqlRequest<{ caseTypes: CaseTypeOption[] | null }, { language: GraphQLLanguage }>(
    CASE_TYPES_QUERY,
    { language },
    signal,
  );
  return data.caseTypes ?? [];
}

/* ---------- The case page ---------- */

export interface CaseParty {
  personId: string;
  name: string;
  role: PartyRole;
  mobile: string | null;
  email: string | null;
  isViewer: boolean;
}

export interface CasePermissions {
  read: boolean;
  fillForms: boolean;
  upload: boolean;
  sendDocuments: boolean;
  downloadCaseFile: boolean;
}

export interface CaseDetails {
  id: string;
  caseNumber: string;
  status: CaseStatus;
  receivedAt: string;
  board: string;
  decision: { outcome: Outcome; decidedAt: string } | null;
  courtStatus: CourtStatus;
  timeline: StatusEvent[];
  caseType: { code: string; name: string };
  firstInstanceBody: { code: string; name: string };
  parties: CaseParty[];
  /** Oldest first. */
  documents: CaseDocument[];
  /** The whole case file as one zip (same-origin path); null when the viewer may not download it. */
  caseFileUrl: string | null;
  viewerRole: AccessRole | null;
  permissions: CasePermissions | null;
  /** Waivers of confidentiality (only for the complainant or guardian; empty for others). Case page only. */
  waivers?: Waiver[];
}

export type AccessAction =
  | 'LISTED'
  | 'VIEWED'
  | 'PARTNER_READ'
  | 'REGISTERED'
  | 'PARTY_ADDED'
  | 'PARTY_REMOVED'
  | 'STATUS_CHANGED'
  | 'COURT_STATUS_CHANGED'
  | 'DOCUMENT_ADDED'
  | 'DOWNLOADED'
  | 'CASE_FILE_DOWNLOADED'
  | 'PRESS_LOOKUP';

export interface CaseAccessEntry {
  at: string;
  action: AccessAction;
  actorRole: AccessRole;
  actorName: string | null;
  isViewer: boolean;
}

export const CASE_FIELDS = `id caseNumber status receivedAt board
    decision { outcome decidedAt }
    courtStatus
    timeline { status at }
    caseType { code name(language: $language) }
    firstInstanceBody { code name(language: $language) }
    parties { personId name role mobile email isViewer }
    ${DOCUMENT_FIELDS}`;

export const CASE_QUERY = `query CasePage($id: ID!, $language: Language!) {
  case(id: $id) {
    ${CASE_FIELDS}
    viewerRole
    permissions { read fillForms upload sendDocuments downloadCaseFile }
    ${WAIVER_FIELDS}
  }
  caseAccessLog(caseId: $id) { at action actorRole actorName isViewer }
}`;

/** The case page's data, or why it may not be shown (`error`: the `case` field's code and reason). */
export type CasePageResult =
  | { ok: true; case: CaseDetails; accessLog: CaseAccessEntry[] | null }
  | { ok: false; error: FieldError };

export async function fetchCasePage(
  variables: { id: string; language: GraphQLLanguage },
  signal?: AbortSignal,
): Promise<CasePageResult> {
  const { data, errors } = await graphqlResponse<
    { case: CaseDetails | null; caseAccessLog: CaseAccessEntry[] | null },
    { id: string; language: GraphQLLanguage }
  >(CASE_QUERY, variables, signal);
  if (!data.case) {
    return { ok: false, error: fieldError(errors, 'case') ?? { code: 'NOT_FOUND', reason: null } };
  }
  // "Who has seen my case" is refused to lawyers and proxies: then the section is simply left out.
  return { ok: true, case: data.case, accessLog: data.caseAccessLog ?? null };
}
