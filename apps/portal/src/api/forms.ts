// The forms of Min side (merknader, contact details for one case, the confidentiality waiver) and
// the waivers on a case. Each mutation answers `{ ok, error { code } }`; the UI translates the code.
import { GraphQLRequestError, graphqlRequest } from './graphql';

export type FormKind = 'COMMENTS' | 'CONTACT_CHANGE' | 'WAIVER';

/** What a submitted form said (on its incoming document); the fields of its kind are set. */
export interface FormAnswer {
  kind: FormKind;
  comments: string | null;
  mobile: string | null;
  email: string | null;
  journalist: string | null;
  newsroom: string | null;
  excludedTopics: string[] | null;
  validUntil: string | null;
}

export const FORM_ANSWER_FIELDS =
  'form { kind comments mobile email journalist newsroom excludedTopics validUntil }';

export interface Waiver {
  id: string;
  journalist: string;
  newsroom: string;
  excludedTopics: string[];
  /** Exclusive time limit, or null for none. */
  validUntil: string | null;
  givenAs: string;
  createdAt: string;
  revokedAt: string | null;
  inForce: boolean;
}

export const WAIVER_FIELDS =
  'waivers { id journalist newsroom excludedTopics validUntil givenAs createdAt revokedAt inForce }';

/** Success, or a code to translate (null when nothing usable came back). */
export type FormOutcome = { ok: true } | { ok: false; code: string | null };

interface CaseMutationPayload {
  ok: boolean;
  error: { code: string; message: string } | null;
}

async function run<TVariables extends Record<string, unknown>>(
  field: string,
  query: string,
  variables: TVariables,
): Promise<FormOutcome> {
  try {
    const data = await graphqlRequest<Record<string, CaseMutationPayload | null>, TVariables>(
      query,
      variables,
    );
    const payload = data[field];
    if (payload?.ok) return { ok: true };
    return { ok: false, code: payload?.error?.code ?? null };
  } catch (error) {
    return { ok: false, code: error instanceof GraphQLRequestError ? (error.code ?? null) : 'NETWORK' };
  }
}

export const SEND_CASE_COMMENTS_MUTATION = `mutation SendCaseComments($caseId: ID!, $comments: String!) {
  sendCaseComments(caseId: $caseId, comments: $comments) { ok error { code message } }
}`;

export const CHANGE_CASE_CONTACT_MUTATION = `mutation ChangeCaseContact($caseId: ID!, $mobile: String, $email: String) {
  changeCaseContact(caseId: $caseId, mobile: $mobile, email: $email) { ok error { code message } }
}`;

export const GIVE_WAIVER_MUTATION = `mutation GiveWaiver($input: GiveWaiverInput!) {
  giveWaiver(input: $input) { ok error { code message } }
}`;

export const REVOKE_WAIVER_MUTATION = `mutation RevokeWaiver($waiverId: ID!) {
  revokeWaiver(waiverId: $waiverId) { ok error { code message } }
}`;

export function sendCaseComments(caseId: string, comments: string): Promise<FormOutcome> {
  return run('sendCaseComments', SEND_CASE_COMMENTS_MUTATION, { caseId, comments });
}

/** Empty values are sent as null (the server then keeps nothing for that channel). */
export function changeCaseContact(
  caseId: string,
  contact: { mobile: string; email: string },
): Promise<FormOutcome> {
  const mobile = contact.mobile.trim();
  const email = contact.email.trim();
  return run('changeCaseContact', CHANGE_CASE_CONTACT_MUTATION, {
    caseId,
    mobile: mobile || null,
    email: email || null,
  });
}

export interface GiveWaiverInput {
  caseId: string;
  journalist: string;
  newsroom: string;
  excludedTopics: string[];
  validUntil: string | null;
}

export function giveWaiver(input: GiveWaiverInput): Promise<FormOutcome> {
  return run('giveWaiver', GIVE_WAIVER_MUTATION, {
    input: {
      caseId: input.caseId,
      journalist: input.journalist.trim(),
      newsroom: input.newsroom.trim(),
      excludedTopics: input.excludedTopics,
      validUntil: input.validUntil,
    },
  });
}

export function revokeWaiver(waiverId: string): Promise<FormOutcome> {
  return run('revokeWaiver', REVOKE_WAIVER_MUTATION, { waiverId });
}
