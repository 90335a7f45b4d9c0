import type { GraphQLLanguage } from '../i18n/languages';
import { type CaseDocument, DOCUMENT_FIELDS } from './documents';
import { WAIVER_FIELDS, type Waiver } from './forms';
import {
  type FieldError,
  fieldError,
  type GraphQLErrorEntry,
  GraphQLRequestError,
  graphqlRequest,
  graphqlResponse,
} from './graphql';
import { PROCESSING_TIME_FIELDS, type ProcessingTime } from './statistics';

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
  caseType: {
    code: string;
    name: string;
    /**
     * From the statistics: the processing time of this type's decisions in the last twelve whole
     * months, an estimate. Case page only; absent when the statistics could not be had.
     */
    expectedProcessingTime?: ProcessingTime | null;
  };
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

/** The case type's expected processing time, from the stats subgraph (federation: `CaseType`). */
export const EXPECTED_PROCESSING_TIME_FIELDS = `caseType { expectedProcessingTime { ${PROCESSING_TIME_FIELDS} } }`;

function caseQuery(withEstimate: boolean): string {
  return `query CasePage($id: ID!, $language: Language!) {
  case(id: $id) {
    ${CASE_FIELDS}
    ${withEstimate ? EXPECTED_PROCESSING_TIME_FIELDS : ''}
    viewerRole
    permissions { read fillForms upload sendDocuments downloadCaseFile }
    ${WAIVER_FIELDS}
  }
  caseAccessLog(caseId: $id) { at action actorRole actorName isViewer }
}`;
}

/** The case page in one request: the case, its type's expected processing time, who has seen it. */
export const CASE_QUERY = caseQuery(true);

/**
 * The same without the estimate. The estimate is nullable (statistics down: null, and the section
 * is left out); this is asked only if a statistics failure still took the whole case down.
 */
export const CASE_QUERY_WITHOUT_ESTIMATE = caseQuery(false);

/**
 * Whether a case came back null because of something below it (a failure in a non-null field
 * nulls the whole case) rather than the cases subgraph's own
 * answer for `case` (refused, not found): an error deeper in `case`, or one without a path.
 */
export function lostBelowCase(errors: ReadonlyArray<GraphQLErrorEntry>): boolean {
  return errors.some((e) => !e.path || e.path.length === 0 || (e.path[0] === 'case' && e.path.length > 1));
}

/** The case page's data, or why it may not be shown (`error`: the `case` field's code and reason). */
export type CasePageResult =
  | { ok: true; case: CaseDetails; accessLog: CaseAccessEntry[] | null }
  | { ok: false; error: FieldError };

export async function fetchCasePage(
  variables: { id: string; language: GraphQLLanguage },
  signal?: AbortSignal,
): Promise<CasePageResult> {
  type Data = { case: CaseDetails | null; caseAccessLog: CaseAccessEntry[] | null };
  type Variables = { id: string; language: GraphQLLanguage };
  let { data, errors } = await graphqlResponse<Data, Variables>(CASE_QUERY, variables, signal);
  if (!data.case && lostBelowCase(errors)) {
    // The case without the estimate rather than no case at all (the statistics are down).
    ({ data, errors } = await graphqlResponse<Data, Variables>(
      CASE_QUERY_WITHOUT_ESTIMATE,
      variables,
      signal,
    ));
  }
  if (!data.case) {
    return { ok: false, error: fieldError(errors, 'case') ?? { code: 'NOT_FOUND', reason: null } };
  }
  // "Who has seen my case" is refused to lawyers and proxies: then the section is simply left out.
  return { ok: true, case: data.case, accessLog: data.caseAccessLog ?? null };
}
