import { randomUUID } from 'node:crypto';
import type { Principal } from '@klageportal/federation';
import {
  describeAuthorisationMatrix,
  type MatrixRow,
  startTestService,
  type TestService,
} from '@klageportal/testkit';
import { afterAll, beforeAll } from 'vitest';
import { buildSchema, createService, loadConfig } from '../src/index.js';
import { addParty, citizen, OFFICER, registerCase } from './fixture.js';

/**
 * Every cases operation against every kind of caller the issue names. The persons stand in the
 * stated relation to case T (an NPE case), unless a row gives them their own case:
 * - T: represented complainant, lawyer, proxy, guardian, surviving relative (all registered);
 * - U: a complainant without a representative (also "complainant on another case" for T);
 * - V: two lawyers, so unavailable in Min side; the second lawyer asks for V;
 * - O: a Helfo case (another first-instance body), asked for by the NPE client as "other body";
 * - Z: a case the case officer's writes change.
 */
const ids = {
  complainant: randomUUID(),
  represented: randomUUID(),
  lawyer: randomUUID(),
  secondLawyer: randomUUID(),
  proxy: randomUUID(),
  guardian: randomUUID(),
  guardianByMandate: randomUUID(),
  survivingRelative: randomUUID(),
  removable: randomUUID(),
};
const cases: Record<'T' | 'U' | 'V' | 'O' | 'Z', { id: string; caseNumber: string }> = {} as never;

const npe = (orgnr: string, ...scopes: string[]): Principal => ({ kind: 'partner', orgnr, scopes });
const principals = {
  anonymous: { kind: 'anonymous' },
  citizenBeforeConsent: citizen(ids.represented, null, [], false),
  complainant: citizen(ids.complainant),
  complainantOnAnotherCase: citizen(ids.complainant),
  representedComplainant: citizen(ids.represented),
  lawyer: citizen(ids.lawyer),
  secondLawyer: citizen(ids.secondLawyer),
  proxy: citizen(ids.proxy),
  guardian: citizen(ids.guardian),
  guardianByMandate: citizen(ids.guardianByMandate, ids.represented, [
    { role: 'GUARDIAN', caseNumber: null },
  ]),
  survivingRelative: citizen(ids.survivingRelative),
  // identity never gives a person under guardianship a session (HAS_GUARDIAN, identity's
  // login tests), so the gateway forwards them as anonymous
  personUnderGuardianship: { kind: 'anonymous' },
  npeOwnBody: npe('123456785', 'helseklage:npe.klagesaker'),
  npeOtherBody: npe('123456785', 'helseklage:npe.klagesaker'),
  partnerWithoutScope: npe('987654325', 'other:scope'),
  caseOfficer: OFFICER,
  pressOfficer: { kind: 'staff', staffId: 'pressevakt-per', roles: ['press_officer'] },
  analyst: { kind: 'staff', staffId: 'analytiker-ane', roles: ['analyst'] },
} satisfies Record<string, Principal>;
type Who = keyof typeof principals;

const all = (outcome: string, over: Partial<Record<Who, string>> = {}) =>
  ({ ...Object.fromEntries(Object.keys(principals).map((k) => [k, outcome])), ...over }) as Record<
    Who,
    string
  >;
const unauthenticated = { anonymous: 'UNAUTHENTICATED', personUnderGuardianship: 'UNAUTHENTICATED' } as const;
const officerOnly = all('FORBIDDEN', { ...unauthenticated, caseOfficer: 'ALLOWED' });
const partnerOnly = all('FORBIDDEN', { ...unauthenticated, npeOwnBody: 'ALLOWED', npeOtherBody: 'ALLOWED' });

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService({ name: 'cases', loadConfig, create: createService, seed: true });
  cases.T = await registerCase(svc);
  for (const [who, role] of [
    ['represented', 'COMPLAINANT'],
    ['lawyer', 'LAWYER'],
    ['proxy', 'PROXY'],
    ['guardian', 'GUARDIAN'],
    ['survivingRelative', 'SURVIVING_RELATIVE'],
  ] as const) {
    await addParty(svc, cases.T.id, { role, personId: ids[who] });
  }
  cases.U = await registerCase(svc);
  await addParty(svc, cases.U.id, { role: 'COMPLAINANT', personId: ids.complainant });
  cases.V = await registerCase(svc);
  await addParty(svc, cases.V.id, { role: 'COMPLAINANT' });
  await addParty(svc, cases.V.id, { role: 'LAWYER' });
  await addParty(svc, cases.V.id, { role: 'LAWYER', personId: ids.secondLawyer });
  cases.O = await registerCase(svc, 'HELFO_FRIKORT');
  cases.Z = await registerCase(svc);
  await addParty(svc, cases.Z.id, { role: 'PROXY', personId: ids.removable });
  // a waiver for each caller that may revoke one, so each revokes its own
  waivers.T = await giveWaiverAs(principals.representedComplainant, cases.T.id);
  waivers.guardian = await giveWaiverAs(principals.guardian, cases.T.id);
  waivers.guardianByMandate = await giveWaiverAs(principals.guardianByMandate, cases.T.id);
  waivers.U = await giveWaiverAs(principals.complainant, cases.U.id);
});

const waivers: Record<'T' | 'U' | 'guardian' | 'guardianByMandate', string> = {} as never;
async function giveWaiverAs(who: Principal, caseId: string): Promise<string> {
  const { body } = await svc.graphql<{
    giveWaiver: { ok: boolean; case: { waivers: { id: string }[] } | null };
  }>(
    `mutation($c: ID!) { giveWaiver(input: { caseId: $c, journalist: "Jon Journalist", newsroom: "Dagsavisa" }) {
       ok case { waivers { id } } } }`,
    { c: caseId },
    who,
  );
  const id = body.data?.giveWaiver.case?.waivers[0]?.id;
  if (!id) throw new Error(`giveWaiver: ${JSON.stringify(body)}`);
  return id;
}
const waiver = (name: keyof typeof waivers) => ({
  get w() {
    return waivers[name];
  },
});
afterAll(() => svc?.dispose());

/** Rows read the case ids when they run, after the fixture exists. */
const onCase = (name: 'T' | 'U' | 'V' | 'O' | 'Z', extra: Record<string, unknown> = {}) => ({
  ...extra,
  get id() {
    return cases[name].id;
  },
  get caseNumber() {
    return cases[name].caseNumber;
  },
});

const caseRead = {
  ...unauthenticated,
  citizenBeforeConsent: 'FORBIDDEN',
  complainant: 'ALLOWED',
  complainantOnAnotherCase: 'NOT_FOUND',
  representedComplainant: 'ALLOWED',
  lawyer: 'ALLOWED',
  secondLawyer: 'FORBIDDEN',
  proxy: 'ALLOWED',
  guardian: 'ALLOWED',
  guardianByMandate: 'ALLOWED',
  survivingRelative: 'ALLOWED',
  npeOwnBody: 'NOT_FOUND',
  npeOtherBody: 'NOT_FOUND',
  partnerWithoutScope: 'NOT_FOUND',
  caseOfficer: 'ALLOWED',
  pressOfficer: 'NOT_FOUND',
  analyst: 'NOT_FOUND',
} as const satisfies Record<Who, string>;

/** Forms: citizens who see the case in Min side (a represented complainant too); not staff. */
const formsOutcome = {
  ...caseRead,
  npeOwnBody: 'NOT_FOUND',
  caseOfficer: 'FORMS_NOT_ALLOWED',
} as const satisfies Record<Who, string>;
/** A waiver: the complainant or their guardian only. */
const waiverOutcome = {
  ...formsOutcome,
  lawyer: 'NOT_COMPLAINANT_OR_GUARDIAN',
  proxy: 'NOT_COMPLAINANT_OR_GUARDIAN',
  survivingRelative: 'NOT_COMPLAINANT_OR_GUARDIAN',
} as const satisfies Record<Who, string>;

/** Min side's own lists: consented citizens (each sees their own); nobody else. */
const minSideOnly = all('ALLOWED', {
  ...unauthenticated,
  citizenBeforeConsent: 'FORBIDDEN',
  npeOwnBody: 'FORBIDDEN',
  npeOtherBody: 'FORBIDDEN',
  partnerWithoutScope: 'FORBIDDEN',
  caseOfficer: 'FORBIDDEN',
  pressOfficer: 'FORBIDDEN',
  analyst: 'FORBIDDEN',
});

const perCase = { complainant: onCase('U'), secondLawyer: onCase('V'), npeOtherBody: onCase('O') };

const rows: Record<string, MatrixRow<Who>> = {
  'Query.myCases': {
    query: '{ myCases { totalCount items { caseNumber available } } }',
    expect: minSideOnly,
  },
  'Query.myLatestDocuments': {
    query: '{ myLatestDocuments(first: 5) { caseNumber document { title } } }',
    expect: minSideOnly,
  },
  'Query.case': {
    query: 'query($id: ID!) { case(id: $id) { caseNumber parties { role } } }',
    variables: onCase('T'),
    variablesFor: perCase,
    expect: caseRead,
  },
  'Query.caseAccessLog': {
    query: 'query($id: ID!) { caseAccessLog(caseId: $id) { action } }',
    variables: onCase('T'),
    variablesFor: perCase,
    expect: { ...caseRead, lawyer: 'FORBIDDEN', proxy: 'FORBIDDEN' },
  },
  'Query.cases': { query: '{ cases { totalCount } }', expect: officerOnly },
  'Query.partnerComplaints': { query: '{ partnerComplaints { totalCount } }', expect: partnerOnly },
  'Query.partnerComplaint': {
    query: 'query($caseNumber: String!) { partnerComplaint(caseNumber: $caseNumber) { status } }',
    variables: onCase('T'),
    variablesFor: perCase,
    expect: { ...partnerOnly, npeOtherBody: 'NOT_FOUND' },
  },
  'Query.caseTypes': { query: '{ caseTypes { code } }', expect: all('ALLOWED') },
  'Query.firstInstanceBodies': { query: '{ firstInstanceBodies { code } }', expect: all('ALLOWED') },
  'Mutation.registerCase': {
    query: 'mutation { registerCase(input: { caseTypeCode: "PSN_ANSVAR" }) { ok error { code } } }',
    expect: officerOnly,
  },
  'Mutation.addCaseParty': {
    query: `mutation($id: ID!, $p: ID!) { addCaseParty(input: { caseId: $id, personId: $p, name: "Ny Fullmektig",
      role: PROXY, mobile: "91234567", email: "ny@example.com" }) { ok error { code } } }`,
    variables: onCase('Z', { p: randomUUID() }),
    expect: officerOnly,
  },
  'Mutation.removeCaseParty': {
    query:
      'mutation($id: ID!, $p: ID!) { removeCaseParty(input: { caseId: $id, personId: $p, role: PROXY }) { ok error { code } } }',
    variables: onCase('Z', { p: ids.removable }),
    expect: officerOnly,
  },
  'Mutation.changeCaseStatus': {
    query:
      'mutation($id: ID!) { changeCaseStatus(input: { caseId: $id, to: UNDER_PREPARATION }) { ok error { code } } }',
    variables: onCase('Z'),
    expect: officerOnly,
  },
  'Mutation.sendCaseComments': {
    query: 'mutation($id: ID!) { sendCaseComments(caseId: $id, comments: "Merknad") { ok error { code } } }',
    variables: onCase('T'),
    variablesFor: perCase,
    expect: formsOutcome,
  },
  'Mutation.changeCaseContact': {
    query:
      'mutation($id: ID!) { changeCaseContact(caseId: $id, mobile: "91234567", email: "ny.adresse@example.com") { ok error { code } } }',
    variables: onCase('T'),
    variablesFor: perCase,
    expect: formsOutcome,
  },
  'Mutation.giveWaiver': {
    query:
      'mutation($id: ID!) { giveWaiver(input: { caseId: $id, journalist: "Jon Journalist", newsroom: "Dagsavisa" }) { ok error { code } } }',
    variables: onCase('T'),
    variablesFor: perCase,
    expect: waiverOutcome,
  },
  'Mutation.revokeWaiver': {
    query: 'mutation($w: ID!) { revokeWaiver(waiverId: $w) { ok error { code } } }',
    variables: waiver('T'),
    variablesFor: {
      complainant: waiver('U'),
      guardian: waiver('guardian'),
      guardianByMandate: waiver('guardianByMandate'),
    },
    expect: { ...waiverOutcome, complainantOnAnotherCase: 'NOT_FOUND', secondLawyer: 'NOT_FOUND' },
  },
  'Mutation.setCourtStatus': {
    query:
      'mutation($id: ID!) { setCourtStatus(input: { caseId: $id, courtStatus: PENDING_IN_COURT }) { ok error { code } } }',
    variables: onCase('Z'),
    expect: officerOnly,
  },
};

describeAuthorisationMatrix<Who>({ getService: () => svc, schema: buildSchema, principals, rows });
