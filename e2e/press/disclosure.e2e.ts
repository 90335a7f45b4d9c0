import { graphql } from '@klageportal/testkit';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { findPersonalData } from '../support/personal-data.js';
import { sessionCookie } from '../support/portal.js';
import { startTestStack, type TestStack, withCasesDatabase } from '../support/stack.js';
import { trustedDocument } from '../support/trusted-documents.js';

/**
 * The disclosure decision through the real gateway: the press subgraph's `Case.pressDisclosure`
 * gets the case's facts and waivers from the cases subgraph by `@requires`, with the press
 * officer's own principal. Every branch of the press page's rules, with waivers given and revoked
 * by the complainant and court status set by a case officer through their own mutations.
 */

// Per Klagesen (synthetic) is the only party on the seeded case 26/00102
const PER_CASE = { id: '6f1d2c1e-0001-4a6b-9d3e-000000000002', number: '26/00102' };
const RITA = { journalist: 'Rita Demo', newsroom: 'Eksempel-TV' };
const JENS = { journalist: 'Jens Prøve', newsroom: 'Testavisa' };

let stack: TestStack;
let browser: Browser;
const cookies: Record<'press' | 'officer' | 'per', string> = { press: '', officer: '', per: '' };

// biome-ignore lint/suspicious/noExplicitAny: test answers are read loosely and asserted on
const as = <T = Record<string, any>>(who: keyof typeof cookies, query: string, variables = {}) =>
  graphql<T>(stack.urls.gateway, query, variables, { cookie: cookies[who] });

const DISCLOSURE = `query($caseNumber: String!, $journalist: String!, $newsroom: String!) {
  pressCase(caseNumber: $caseNumber) { caseNumber pressDisclosure(journalist: $journalist, newsroom: $newsroom) {
    level reason waiverIssue stage outcome excludedTopics waiverValidUntil
    process { status receivedAt decidedAt processingDays } publicRegister { name url } } } }`;

async function disclosure(caseNumber: string, asker: { journalist: string; newsroom: string }) {
  const { body } = await as('press', DISCLOSURE, { caseNumber, ...asker });
  expect(body.errors).toBeUndefined();
  return body.data!.pressCase?.pressDisclosure ?? null;
}

// Per is a citizen session: he runs the portal's own operations (trusted documents) only
const perCasePage = () =>
  as('per', trustedDocument('CasePage', 'expectedProcessingTime'), { id: PER_CASE.id, language: 'NB' });

async function giveWaiver(input: Record<string, unknown>) {
  const { body } = await as('per', trustedDocument('GiveWaiver'), {
    input: { caseId: PER_CASE.id, ...input },
  });
  expect(body.data!.giveWaiver.error).toBeNull();
  const page = await perCasePage();
  return page.body.data!.case.waivers as { id: string; journalist: string; revokedAt: string | null }[];
}

async function officer(mutation: string, input: Record<string, unknown>) {
  const { body } = await as('officer', mutation, { input });
  const payload = Object.values(body.data ?? {})[0] as { ok: boolean; error: unknown; case: { id: string } };
  expect(body.errors ?? payload.error).toBeFalsy();
  return payload.case;
}
const setCourtStatus = (caseId: string, courtStatus: string) =>
  officer(
    'mutation($input: SetCourtStatusInput!) { setCourtStatus(input: $input) { ok error { code } case { id } } }',
    { caseId, courtStatus },
  );
const changeStatus = (caseId: string, input: Record<string, unknown>) =>
  officer(
    'mutation($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { ok error { code } case { id } } }',
    { caseId, ...input },
  );
const registerCase = (caseTypeCode: string) =>
  officer(
    'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { ok error { code } case { id caseNumber } } }',
    { caseTypeCode },
  ) as Promise<{ id: string; caseNumber: string }>;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchChromium()]);
  cookies.press = await sessionCookie(stack, browser, 'staff', 'Pressevakt Per');
  cookies.officer = await sessionCookie(stack, browser, 'staff', 'Saksbehandler Siri');
  cookies.per = await sessionCookie(stack, browser, 'citizen', 'Per Klagesen');
});
afterAll(async () => {
  await browser?.close();
  await stack?.dispose();
});

describe('Case.pressDisclosure through the gateway (federation @requires)', () => {
  const registers = new Set<string>();

  it('without a waiver: neither confirm nor deny — and a case number with no case gets the same answer', async () => {
    const d = await disclosure(PER_CASE.number, RITA);
    expect(d).toMatchObject({ level: 'NEITHER_CONFIRM_NOR_DENY', reason: 'NO_WAIVER', waiverIssue: null });
    expect(d.process).toBeNull();
    registers.add(JSON.stringify(d.publicRegister));
    // no such case: the cases subgraph resolves nothing, so there is no decision (and no error);
    // the console answers as above
    const { body } = await as('press', DISCLOSURE, { caseNumber: '26/09999', ...RITA });
    expect(body).toEqual({ data: { pressCase: { caseNumber: '26/09999', pressDisclosure: null } } });
  });

  it('with the complainant’s waiver for this journalist and newsroom: the process only, and the excluded topics', async () => {
    await giveWaiver({ ...RITA, excludedTopics: ['diagnosen'] });
    const d = await disclosure(PER_CASE.number, { journalist: 'rita demo', newsroom: 'Eksempel-TV' });
    expect(d).toMatchObject({
      level: 'PROCESS_ONLY',
      reason: 'WAIVER',
      excludedTopics: ['diagnosen'],
      outcome: null,
      process: {
        status: expect.any(String),
        receivedAt: expect.any(String),
        processingDays: expect.any(Number),
      },
    });
    registers.add(JSON.stringify(d.publicRegister));
  });

  it('a waiver for another journalist does not count for this one', async () => {
    const d = await disclosure(PER_CASE.number, JENS);
    expect(d).toMatchObject({
      level: 'NEITHER_CONFIRM_NOR_DENY',
      waiverIssue: 'OTHER_JOURNALIST',
      process: null,
    });
    // nor for the same journalist writing for another newsroom
    const other = await disclosure(PER_CASE.number, { ...RITA, newsroom: 'Testavisa' });
    expect(other).toMatchObject({ level: 'NEITHER_CONFIRM_NOR_DENY', waiverIssue: 'OTHER_JOURNALIST' });
  });

  it('an expired waiver does not count', async () => {
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();
    await giveWaiver({ ...JENS, validUntil: tomorrow });
    expect(await disclosure(PER_CASE.number, JENS)).toMatchObject({ level: 'PROCESS_ONLY' });
    // time passes: the limit is now behind us (a waiver cannot be given with a past limit)
    await withCasesDatabase(stack.databaseUrl, (em) =>
      em.execute(`update cases.waiver set valid_until = now() - interval '1 hour' where journalist = ?`, [
        JENS.journalist,
      ]),
    );
    expect(await disclosure(PER_CASE.number, JENS)).toMatchObject({
      level: 'NEITHER_CONFIRM_NOR_DENY',
      waiverIssue: 'EXPIRED',
      process: null,
    });
  });

  it('a revoked waiver does not count', async () => {
    const waivers = await giveWaiver({ journalist: 'Tove Tilbake', newsroom: 'Radio Eksempel' });
    const tove = waivers.find((w) => w.journalist === 'Tove Tilbake' && !w.revokedAt)!;
    const { body } = await as('per', trustedDocument('RevokeWaiver'), { waiverId: tove.id });
    expect(body.data!.revokeWaiver).toEqual({ ok: true, error: null });
    expect(
      await disclosure(PER_CASE.number, { journalist: 'Tove Tilbake', newsroom: 'Radio Eksempel' }),
    ).toMatchObject({
      level: 'NEITHER_CONFIRM_NOR_DENY',
      waiverIssue: 'REVOKED',
    });
  });

  it('nothing at all once the case goes to court after the waiver, until the judgment is final', async () => {
    await setCourtStatus(PER_CASE.id, 'PENDING_IN_COURT');
    const pending = await disclosure(PER_CASE.number, RITA);
    expect(pending).toMatchObject({
      level: 'SAY_NOTHING',
      reason: 'PENDING_IN_COURT',
      process: null,
      excludedTopics: [],
    });
    registers.add(JSON.stringify(pending.publicRegister));
    await setCourtStatus(PER_CASE.id, 'JUDGMENT_NOT_FINAL');
    expect(await disclosure(PER_CASE.number, RITA)).toMatchObject({
      level: 'SAY_NOTHING',
      reason: 'JUDGMENT_NOT_FINAL',
    });
    await setCourtStatus(PER_CASE.id, 'FINAL_JUDGMENT');
    expect(await disclosure(PER_CASE.number, RITA)).toMatchObject({
      level: 'PROCESS_ONLY',
      reason: 'WAIVER',
    });
  });

  it('complaints on Helsetilsynet’s decisions: receipt, handling and decision may be confirmed without a waiver', async () => {
    const registered = await registerCase('HPN_NY_AUTORISASJON');
    const received = await disclosure(registered.caseNumber, RITA);
    expect(received).toMatchObject({
      level: 'CONFIRM_HANDLING',
      reason: 'HELSETILSYN_DECISION',
      stage: 'RECEIVED',
      outcome: null,
      process: null,
    });
    registers.add(JSON.stringify(received.publicRegister));
    await changeStatus(registered.id, { to: 'UNDER_PREPARATION' });
    expect(await disclosure(registered.caseNumber, RITA)).toMatchObject({ stage: 'IN_PROGRESS' });
  });

  it('administrative reactions: the outcome may be given once decided', async () => {
    const registered = await registerCase('HPN_ADVARSEL');
    expect(await disclosure(registered.caseNumber, JENS)).toMatchObject({
      level: 'CONFIRM_HANDLING',
      reason: 'ADMINISTRATIVE_REACTION',
      outcome: null,
    });
    await changeStatus(registered.id, { to: 'UNDER_PREPARATION' });
    await changeStatus(registered.id, {
      to: 'DECIDED',
      outcome: 'UPHELD',
      decidedAt: new Date().toISOString(),
    });
    expect(await disclosure(registered.caseNumber, JENS)).toMatchObject({
      level: 'CONFIRM_HANDLING',
      reason: 'ADMINISTRATIVE_REACTION',
      stage: 'DECIDED',
      outcome: 'UPHELD',
    });
  });

  it('every answer points to Helsepersonellregisteret the same way, so the pointer says nothing about the case', () => {
    expect([...registers]).toEqual([
      JSON.stringify({ name: 'Helsepersonellregisteret', url: 'https://register.helsedirektoratet.no/hpr' }),
    ]);
  });

  it('is for press officers only: a case officer is refused the decision, a citizen the case', async () => {
    const byOfficer = await as('officer', DISCLOSURE, { caseNumber: PER_CASE.number, ...RITA });
    expect(byOfficer.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const byCitizen = await as('per', trustedDocument('PressDisclosure'), {
      caseNumber: PER_CASE.number,
      ...RITA,
    });
    expect(byCitizen.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(byCitizen.body)).not.toContain('PROCESS_ONLY');
  });

  it('the press officer’s lookups are in the complainant’s "who has seen my case", by role', async () => {
    const { body } = await perCasePage();
    expect(body.errors).toBeUndefined();
    const lookups = (
      body.data!.caseAccessLog as { actorRole: string; action: string; actorName: string | null }[]
    ).filter((l) => l.action === 'PRESS_LOOKUP');
    expect(lookups.length).toBeGreaterThan(0);
    expect(lookups.every((l) => l.actorRole === 'PRESS_OFFICER' && l.actorName === null)).toBe(true);
  });

  it('the press officer sees no parties or documents of the case through the supergraph', async () => {
    const { body } = await as('press', `{ pressCase(caseNumber: "${PER_CASE.number}") { caseNumber } }`);
    expect(body.data).toEqual({ pressCase: { caseNumber: PER_CASE.number } });
    // the direct read of a case stays for case officers and parties
    const direct = await as(
      'press',
      `{ case(id: "${PER_CASE.id}") { parties { name } documents { title } } }`,
    );
    expect(direct.body.data?.case ?? null).toBeNull();
  });

  it('no process wrote a journalist name or an excluded topic to its log', () => {
    const text = stack.output.map((o) => o.line).join('\n');
    expect(text).not.toMatch(/Rita Demo|Jens Prøve|Tove Tilbake|Eksempel-TV|Radio Eksempel|diagnosen/);
    expect(findPersonalData(stack.output.map((o) => o.line))).toEqual([]);
  });
});
