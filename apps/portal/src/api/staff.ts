// The case officers' console (`/intern`): finding, registering and changing cases.
// A fødselsnummer goes to identity's registerPerson in a POST body and nowhere else: never into an
// address, the console, storage or a cases mutation (cases gets the person id only).
import type { GraphQLLanguage } from '../i18n/languages';
import {
  CASE_FIELDS,
  type CaseDetails,
  type CaseFilter,
  type CaseStatus,
  type CourtStatus,
  type Outcome,
  PAGE_SIZE,
  type PageInfo,
  type PartyRole,
  toCaseFilterInput,
} from './cases';
import { fieldError, GraphQLRequestError, graphqlRequest, graphqlResponse } from './graphql';
import type { MutationFailure } from './mutations';

export interface StaffViewer {
  authenticated: boolean;
  kind: 'ANONYMOUS' | 'CITIZEN' | 'STAFF' | 'PARTNER';
  staffRoles: string[];
  person: { displayName: string } | null;
}

export const STAFF_VIEWER_QUERY = `query StaffViewer {
  viewer { authenticated kind staffRoles person { displayName } }
}`;

export async function fetchStaffViewer(signal?: AbortSignal): Promise<StaffViewer | null> {
  const data = await graphqlRequest<{ viewer: StaffViewer | null }, Record<string, never>>(
    STAFF_VIEWER_QUERY,
    {},
    signal,
  );
  return data.viewer;
}

export const CASE_OFFICER_ROLE = 'case_officer';
export const PRESS_OFFICER_ROLE = 'press_officer';

export interface StaffCaseRow {
  id: string;
  caseNumber: string;
  status: CaseStatus;
  receivedAt: string;
  caseType: { code: string; name: string };
  parties: { personId: string; name: string; role: PartyRole }[];
}

export interface StaffCasesPage {
  nodes: StaffCaseRow[];
  pageInfo: PageInfo;
  totalCount: number;
}

export const STAFF_CASES_QUERY = `query StaffCases($language: Language!, $filter: CaseFilter, $first: Int!, $after: String) {
  cases(filter: $filter, first: $first, after: $after) {
    nodes { id caseNumber status receivedAt caseType { code name(language: $language) } parties { personId name role } }
    pageInfo { endCursor hasNextPage }
    totalCount
  }
}`;

export async function fetchStaffCases(
  variables: { language: GraphQLLanguage; filter: CaseFilter; after: string | null },
  signal?: AbortSignal,
): Promise<StaffCasesPage> {
  const data = await graphqlRequest<{ cases: StaffCasesPage | null }, Record<string, unknown>>(
    STAFF_CASES_QUERY,
    {
      language: variables.language,
      filter: toCaseFilterInput(variables.filter),
      first: PAGE_SIZE,
      after: variables.after,
    },
    signal,
  );
  if (!data.cases) throw new GraphQLRequestError('cases was null');
  return data.cases;
}

export const STAFF_CASE_QUERY = `query StaffCase($id: ID!, $language: Language!) {
  case(id: $id) { ${CASE_FIELDS} }
}`;

export type StaffCaseResult = { ok: true; case: CaseDetails } | { ok: false; code: string | null };

export async function fetchStaffCase(
  variables: { id: string; language: GraphQLLanguage },
  signal?: AbortSignal,
): Promise<StaffCaseResult> {
  const { data, errors } = await graphqlResponse<
    { case: CaseDetails | null },
    { id: string; language: GraphQLLanguage }
  >(STAFF_CASE_QUERY, variables, signal);
  if (data.case) return { ok: true, case: data.case };
  return { ok: false, code: fieldError(errors, 'case')?.code ?? 'NOT_FOUND' };
}

/* ---------- Mutations ---------- */

const RESULT = `ok error { code message } case { ${CASE_FIELDS} }`;

export const REGISTER_CASE_MUTATION = `mutation RegisterCase($input: RegisterCaseInput!, $language: Language!) {
  registerCase(input: $input) { ${RESULT} }
}`;

export const REGISTER_PERSON_MUTATION = `mutation RegisterPerson($input: RegisterPersonInput!) {
  registerPerson(input: $input) { ok error { code message } person { id displayName } }
}`;

export const ADD_CASE_PARTY_MUTATION = `mutation AddCaseParty($input: AddCasePartyInput!, $language: Language!) {
  addCaseParty(input: $input) { ${RESULT} }
}`;

export const REMOVE_CASE_PARTY_MUTATION = `mutation RemoveCaseParty($input: RemoveCasePartyInput!, $language: Language!) {
  removeCaseParty(input: $input) { ${RESULT} }
}`;

export const CHANGE_CASE_STATUS_MUTATION = `mutation ChangeCaseStatus($input: ChangeCaseStatusInput!, $language: Language!) {
  changeCaseStatus(input: $input) { ${RESULT} }
}`;

export const SET_COURT_STATUS_MUTATION = `mutation SetCourtStatus($input: SetCourtStatusInput!, $language: Language!) {
  setCourtStatus(input: $input) { ${RESULT} }
}`;

interface CaseMutationPayload {
  ok: boolean;
  error: { code: string; message: string } | null;
  case: CaseDetails | null;
}

export type CaseMutationOutcome = { ok: true; case: CaseDetails } | MutationFailure;

function fromFailure(error: unknown): MutationFailure {
  return { ok: false, code: error instanceof GraphQLRequestError ? (error.code ?? null) : null };
}

async function caseMutation(
  query: string,
  field: string,
  input: Record<string, unknown>,
  language: GraphQLLanguage,
): Promise<CaseMutationOutcome> {
  try {
    const { data, errors } = await graphqlResponse<
      Record<string, CaseMutationPayload | null>,
      { input: Record<string, unknown>; language: GraphQLLanguage }
    >(query, { input, language });
    const payload = data[field];
    if (payload?.ok && payload.case) return { ok: true, case: payload.case };
    return { ok: false, code: payload?.error?.code ?? fieldError(errors, field)?.code ?? null };
  } catch (error) {
    return fromFailure(error);
  }
}

export function registerCase(
  input: { caseTypeCode: string; receivedAt: string | null; caseNumber: string | null },
  language: GraphQLLanguage,
): Promise<CaseMutationOutcome> {
  return caseMutation(REGISTER_CASE_MUTATION, 'registerCase', input, language);
}

export interface NewParty {
  fodselsnummer: string;
  name: string;
  role: PartyRole;
  mobile: string;
  email: string;
}

/**
 * Adds a party in two steps: identity finds or creates the person by fødselsnummer (registerPerson),
 * then cases adds that person id to the case (addCaseParty). A failure in either step is reported with
 * its code; the fødselsnummer is sent only in the first.
 */
export async function addParty(
  caseId: string,
  party: NewParty,
  language: GraphQLLanguage,
): Promise<CaseMutationOutcome & { step?: 'person' | 'party' }> {
  let personId: string;
  try {
    const { data, errors } = await graphqlResponse<
      {
        registerPerson: {
          ok: boolean;
          error: { code: string } | null;
          person: { id: string; displayName: string } | null;
        } | null;
      },
      { input: { fodselsnummer: string; name: string } }
    >(REGISTER_PERSON_MUTATION, { input: { fodselsnummer: party.fodselsnummer, name: party.name } });
    const payload = data.registerPerson;
    if (!payload?.ok || !payload.person) {
      return {
        ok: false,
        code: payload?.error?.code ?? fieldError(errors, 'registerPerson')?.code ?? null,
        step: 'person',
      };
    }
    personId = payload.person.id;
  } catch (error) {
    return { ...fromFailure(error), step: 'person' };
  }
  const outcome = await caseMutation(
    ADD_CASE_PARTY_MUTATION,
    'addCaseParty',
    {
      caseId,
      personId,
      name: party.name,
      role: party.role,
      mobile: party.mobile.trim() || null,
      email: party.email.trim() || null,
    },
    language,
  );
  return outcome.ok ? outcome : { ...outcome, step: 'party' };
}

export function removeParty(
  input: { caseId: string; personId: string; role: PartyRole },
  language: GraphQLLanguage,
): Promise<CaseMutationOutcome> {
  return caseMutation(REMOVE_CASE_PARTY_MUTATION, 'removeCaseParty', input, language);
}

export function changeStatus(
  input: { caseId: string; to: CaseStatus; outcome: Outcome | null; decidedAt: string | null },
  language: GraphQLLanguage,
): Promise<CaseMutationOutcome> {
  const { outcome, decidedAt, ...rest } = input;
  return caseMutation(
    CHANGE_CASE_STATUS_MUTATION,
    'changeCaseStatus',
    input.to === 'DECIDED' ? { ...rest, outcome, decidedAt } : rest,
    language,
  );
}

export function setCourtStatus(
  input: { caseId: string; courtStatus: CourtStatus },
  language: GraphQLLanguage,
): Promise<CaseMutationOutcome> {
  return caseMutation(SET_COURT_STATUS_MUTATION, 'setCourtStatus', input, language);
}
