// "Mine saker" in one request: who is logged in (identity), the first page of their cases and the
// newest documents on the cases they may see (cases), and the case types for the filter. Further
// pages and new searches ask MY_CASES_QUERY; only the first load is this operation.
import type { GraphQLLanguage } from '../i18n/languages';
import {
  type AccessRole,
  type CaseFilter,
  type CaseTypeOption,
  type MyCasesPage,
  PAGE_SIZE,
  toCaseFilterInput,
} from './cases';
import type { DocumentCategory, DocumentDirection } from './documents';
import { type FieldError, fieldError, graphqlResponse } from './graphql';
import type { PersonRef, ViewerKind } from './startPage';

/** How many of the newest documents "Nye dokumenter" shows. */
export const LATEST_DOCUMENTS = 5;

export const DASHBOARD_QUERY = `query Dashboard($language: Language!, $filter: CaseFilter, $first: Int!, $after: String, $latest: Int!) {
  viewer {
    authenticated
    kind
    consentRequired
    person { id displayName }
    actingFor { id displayName }
  }
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
  myLatestDocuments(first: $latest) {
    caseId
    caseNumber
    document { id title category direction createdAt senderRole }
  }
  caseTypes { code name(language: $language) validTo }
}`;

export interface DashboardVariables extends Record<string, unknown> {
  language: GraphQLLanguage;
  filter: ReturnType<typeof toCaseFilterInput> | null;
  first: number;
  after: string | null;
  latest: number;
}

/** The parts of the viewer Mine saker needs (the start page asks for more). */
export interface DashboardViewer {
  authenticated: boolean;
  kind: ViewerKind;
  consentRequired: boolean;
  person: PersonRef | null;
  actingFor: PersonRef | null;
}

/** One of the newest documents on the viewer's cases, with the case it is on. */
export interface LatestDocument {
  caseId: string;
  caseNumber: string;
  document: {
    id: string;
    title: string;
    category: DocumentCategory;
    direction: DocumentDirection;
    createdAt: string;
    /** In which role the sender sent it (for "To us, from …"). */
    senderRole: AccessRole;
  };
}

export interface DashboardData {
  viewer: DashboardViewer | null;
  myCases: MyCasesPage | null;
  /** Newest first; null when the cases service refused or failed (see `errors`). */
  myLatestDocuments: LatestDocument[] | null;
  caseTypes: CaseTypeOption[] | null;
}

export interface DashboardResult {
  data: DashboardData;
  /** Why `myCases` is null (e.g. UNAUTHENTICATED, FORBIDDEN with CONSENT_REQUIRED), if it is. */
  myCasesError: FieldError | null;
  /** Why `myLatestDocuments` is null, if it is. */
  latestDocumentsError: FieldError | null;
}

export function dashboardVariables(
  language: GraphQLLanguage,
  filter: CaseFilter,
  latest = LATEST_DOCUMENTS,
): DashboardVariables {
  return { language, filter: toCaseFilterInput(filter), first: PAGE_SIZE, after: null, latest };
}

/** The first load of Mine saker; a field that failed is null, with its error beside it. */
export async function fetchDashboard(
  variables: DashboardVariables,
  signal?: AbortSignal,
): Promise<DashboardResult> {
  const { data, errors } = await graphqlResponse<Partial<DashboardData>, DashboardVariables>(
    DASHBOARD_QUERY,
    variables,
    signal,
  );
  const result: DashboardData = {
    viewer: data.viewer ?? null,
    myCases: data.myCases ?? null,
    myLatestDocuments: data.myLatestDocuments ?? null,
    caseTypes: data.caseTypes ?? null,
  };
  return {
    data: result,
    myCasesError: result.myCases ? null : fieldError(errors, 'myCases'),
    latestDocumentsError: result.myLatestDocuments ? null : fieldError(errors, 'myLatestDocuments'),
  };
}
