import type { MessageKey } from '../i18n/messages';
import { GraphQLRequestError, graphqlRequest } from './graphql';
import type { ContactPoint, ContactPointKind } from './startPage';

export const GIVE_CONSENT_MUTATION = `mutation GiveConsent { giveConsent { ok error { code message } } }`;

export const WITHDRAW_CONSENT_MUTATION = `mutation WithdrawConsent { withdrawConsent { ok error { code message } } }`;

export const ACT_FOR_MUTATION = `mutation ActFor($personId: ID) { actFor(personId: $personId) { ok error { code message } } }`;

export const SET_CONTACT_POINT_MUTATION = `mutation SetContactPoint($input: SetContactPointInput!) {
  setContactPoint(input: $input) { ok contactPoint { kind value verified } error { code message } }
}`;

export interface MutationPayload {
  ok: boolean;
  /** `message` is for developers; users see the translated text for `code` (see `mutationErrorKey`). */
  error: { code: string; message: string } | null;
}

/** What the UI needs from a mutation: success, or an error code to translate (null when unknown). */
export type MutationFailure = { ok: false; code: string | null };
export type MutationOutcome = { ok: true } | MutationFailure;

function toOutcome(payload: MutationPayload | null | undefined): MutationOutcome {
  if (payload?.ok) return { ok: true };
  return { ok: false, code: payload?.error?.code ?? null };
}

function fromFailure(error: unknown): MutationFailure {
  return { ok: false, code: error instanceof GraphQLRequestError ? (error.code ?? null) : null };
}

export async function giveConsent(): Promise<MutationOutcome> {
  try {
    const data = await graphqlRequest<{ giveConsent: MutationPayload | null }, Record<string, never>>(
      GIVE_CONSENT_MUTATION,
      {},
    );
    return toOutcome(data.giveConsent);
  } catch (error) {
    return fromFailure(error);
  }
}

/** After this the viewer needs consent again (`consentRequired`), so the consent page replaces Min side. */
export async function withdrawConsent(): Promise<MutationOutcome> {
  try {
    const data = await graphqlRequest<{ withdrawConsent: MutationPayload | null }, Record<string, never>>(
      WITHDRAW_CONSENT_MUTATION,
      {},
    );
    return toOutcome(data.withdrawConsent);
  } catch (error) {
    return fromFailure(error);
  }
}

/** `personId` null means "act as myself". */
export async function actFor(personId: string | null): Promise<MutationOutcome> {
  try {
    const data = await graphqlRequest<{ actFor: MutationPayload | null }, { personId: string | null }>(
      ACT_FOR_MUTATION,
      { personId },
    );
    return toOutcome(data.actFor);
  } catch (error) {
    return fromFailure(error);
  }
}

/** Changes the viewer's own mobile number (SMS) or e-mail address; on success, the value as the gateway normalised it. */
export async function setContactPoint(
  kind: ContactPointKind,
  value: string,
): Promise<{ ok: true; contactPoint: ContactPoint } | MutationFailure> {
  try {
    const data = await graphqlRequest<
      { setContactPoint: (MutationPayload & { contactPoint: ContactPoint | null }) | null },
      { input: { kind: ContactPointKind; value: string } }
    >(SET_CONTACT_POINT_MUTATION, { input: { kind, value } });
    const payload = data.setContactPoint;
    if (payload?.ok && payload.contactPoint) return { ok: true, contactPoint: payload.contactPoint };
    return { ok: false, code: payload?.error?.code ?? null };
  } catch (error) {
    return fromFailure(error);
  }
}

const errorKeys: Readonly<Record<string, MessageKey>> = {
  CONSENT_REQUIRED: 'errorConsentRequired',
  NOT_ALLOWED: 'errorNotAllowed',
  UNAUTHENTICATED: 'errorUnauthenticated',
  MALFORMED_MOBILE: 'errorMalformedMobile',
  FOREIGN_MOBILE: 'errorForeignMobile',
  NOT_MOBILE: 'errorNotMobile',
  MALFORMED_EMAIL: 'errorMalformedEmail',
  SHARED_MAILBOX: 'errorSharedMailbox',
};

/** The message to show for an error code; anything unknown gets a general "try again". */
export function mutationErrorKey(code: string | null): MessageKey {
  return (
    (code !== null && Object.hasOwn(errorKeys, code) ? errorKeys[code] : undefined) ?? 'errorMutationFailed'
  );
}
