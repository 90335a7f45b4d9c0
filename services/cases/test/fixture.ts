import { randomUUID } from 'node:crypto';
import type { ActingAs, Principal } from '@klageportal/federation';
import type { TestService } from '@klageportal/testkit';

export const OFFICER: Principal = { kind: 'staff', staffId: 'saksbehandler-siri', roles: ['case_officer'] };

/** A consented citizen, for themselves or acting for someone under mandates. */
export function citizen(
  personId: string,
  actingFor: string | null = null,
  actingAs: ActingAs[] = [],
  consented = true,
): Extract<Principal, { kind: 'citizen' }> {
  return {
    kind: 'citizen',
    personId,
    acr: 'idporten-loa-substantial',
    consented,
    actingFor,
    actingAs,
    sessionRef: 'd'.repeat(64),
  };
}

type Registered = {
  registerCase: {
    ok: boolean;
    error: { code: string } | null;
    case: { id: string; caseNumber: string } | null;
  };
};

/** Registers a case through the API, as a case officer would. */
export async function registerCase(svc: TestService, caseTypeCode = 'PSN_ANSVAR', receivedAt?: string) {
  const { body } = await svc.graphql<Registered>(
    `mutation($t: String!, $at: DateTime) { registerCase(input: { caseTypeCode: $t, receivedAt: $at }) {
       ok error { code } case { id caseNumber } } }`,
    { t: caseTypeCode, at: receivedAt ?? null },
    OFFICER,
  );
  const result = body.data?.registerCase;
  if (!result?.ok || !result.case) throw new Error(`registerCase: ${JSON.stringify(body)}`);
  return result.case;
}

export type PartySpec = {
  role: string;
  personId?: string;
  name?: string;
  mobile?: string | null;
  email?: string | null;
};

/** Adds a party through the API (a fresh person unless one is given), with full contact details by default. */
export async function addParty(svc: TestService, caseId: string, spec: PartySpec): Promise<string> {
  const personId = spec.personId ?? randomUUID();
  const { body } = await svc.graphql<{ addCaseParty: { ok: boolean; error: { code: string } | null } }>(
    `mutation($i: AddCasePartyInput!) { addCaseParty(input: $i) { ok error { code } } }`,
    {
      i: {
        caseId,
        personId,
        name: spec.name ?? `Person ${personId.slice(0, 8)}`,
        role: spec.role,
        mobile: spec.mobile === undefined ? '+4791234567' : spec.mobile,
        email: spec.email === undefined ? `p${personId.slice(0, 8)}@example.com` : spec.email,
      },
    },
    OFFICER,
  );
  if (!body.data?.addCaseParty.ok) throw new Error(`addCaseParty: ${JSON.stringify(body)}`);
  return personId;
}
