import type { Principal } from '@klageportal/federation';
import { startTestService, type TestService } from '@klageportal/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, createService, loadConfig } from '../src/index.js';
import { addParty, OFFICER, registerCase } from './fixture.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService({ name: 'cases', loadConfig, create: createService, seed: true });
});
afterAll(() => svc?.dispose());

const NPE: Principal = { kind: 'partner', orgnr: '123456785', scopes: ['helseklage:npe.klagesaker'] };

type Mutation = {
  ok: boolean;
  error: { code: string } | null;
  case: { status: string; timeline: { status: string }[]; decision: { outcome: string } | null } | null;
};
const change = async (caseId: string, input: Record<string, unknown>) =>
  (
    await svc.graphql<{ changeCaseStatus: Mutation }>(
      `mutation($i: ChangeCaseStatusInput!) { changeCaseStatus(input: $i) {
         ok error { code } case { status timeline { status } decision { outcome } } } }`,
      { i: { caseId, ...input } },
      OFFICER,
    )
  ).body.data!.changeCaseStatus;

describe('case officers', () => {
  it('register a case with the next number of the year, or the number given once', async () => {
    const a = await registerCase(svc, 'PSN_ANSVAR', '2026-03-01T10:00:00Z');
    const b = await registerCase(svc, 'PSN_ANSVAR', '2026-03-02T10:00:00Z');
    expect(a.caseNumber).toMatch(/^26\/\d{5}$/);
    expect(Number(b.caseNumber.slice(3))).toBe(Number(a.caseNumber.slice(3)) + 1);
    const again = await svc.graphql<{ registerCase: Mutation }>(
      `mutation($n: String) { registerCase(input: { caseTypeCode: "PSN_ANSVAR", caseNumber: $n }) { ok error { code } } }`,
      { n: a.caseNumber },
      OFFICER,
    );
    expect(again.body.data!.registerCase.error?.code).toBe('CASE_NUMBER_TAKEN');
  });

  it('give concurrent registrations each the next number, none refused (found by the fault tests)', async () => {
    const cases = await Promise.all(
      Array.from({ length: 12 }, () => registerCase(svc, 'PSN_ANSVAR', '2025-05-05T10:00:00Z')),
    );
    const numbers = cases.map((c) => Number(c.caseNumber.slice(3))).sort((x, y) => x - y);
    expect(cases.every((c) => c.caseNumber.startsWith('25/'))).toBe(true);
    expect(new Set(numbers).size).toBe(12);
    expect(numbers.at(-1)! - numbers[0]!).toBe(11);
  });

  it.each([
    ['an unknown case type', { caseTypeCode: 'NO_SUCH' }, 'UNKNOWN_CASE_TYPE'],
    [
      'a complaint received tomorrow',
      { caseTypeCode: 'PSN_ANSVAR', receivedAt: new Date(Date.now() + 86_400_000).toISOString() },
      'RECEIVED_IN_FUTURE',
    ],
    ['a malformed case number', { caseTypeCode: 'PSN_ANSVAR', caseNumber: '2026-1' }, 'INVALID_CASE_NUMBER'],
  ])('refuse %s', async (_why, input, code) => {
    const { body } = await svc.graphql<{ registerCase: Mutation }>(
      'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { ok error { code } } }',
      { i: input },
      OFFICER,
    );
    expect(body.data!.registerCase).toEqual({ ok: false, error: { code } });
  });

  it('add parties with checked contact details: a lawyer needs a direct e-mail', async () => {
    const c = await registerCase(svc);
    const add = async (role: string, email: string, mobile = '91234567') =>
      (
        await svc.graphql<{ addCaseParty: Mutation }>(
          `mutation($i: AddCasePartyInput!) { addCaseParty(input: $i) { ok error { code } } }`,
          { i: { caseId: c.id, personId: crypto.randomUUID(), name: 'Navn Navnesen', role, mobile, email } },
          OFFICER,
        )
      ).body.data!.addCaseParty;
    expect(await add('LAWYER', 'post@advokatfirma.example')).toEqual({
      ok: false,
      error: { code: 'SHARED_MAILBOX' },
    });
    expect(await add('COMPLAINANT', 'k@example.com', '22 33 44 55')).toEqual({
      ok: false,
      error: { code: 'NOT_MOBILE' },
    });
    expect(await add('LAWYER', 'navn@advokatfirma.example')).toEqual({ ok: true, error: null });
  });

  it('move a case along the process and record the decision; refusals are payload errors', async () => {
    const c = await registerCase(svc, 'PSN_ANSVAR', '2026-01-05T10:00:00Z');
    expect(
      (await change(c.id, { to: 'DECIDED', outcome: 'UPHELD', decidedAt: '2026-02-01T00:00:00Z' })).error
        ?.code,
    ).toBe('TRANSITION_NOT_ALLOWED');
    expect((await change(c.id, { to: 'UNDER_PREPARATION' })).ok).toBe(true);
    expect((await change(c.id, { to: 'SENT_TO_BOARD' })).ok).toBe(true);
    expect((await change(c.id, { to: 'DECIDED' })).error?.code).toBe('OUTCOME_REQUIRED');
    const decided = await change(c.id, {
      to: 'DECIDED',
      outcome: 'REVERSED_IN_PART',
      decidedAt: '2026-02-01T00:00:00Z',
    });
    expect(decided.case).toEqual({
      status: 'DECIDED',
      timeline: ['RECEIVED', 'UNDER_PREPARATION', 'SENT_TO_BOARD', 'DECIDED'].map((status) => ({ status })),
      decision: { outcome: 'REVERSED_IN_PART' },
    });
  });

  it('find cases by number or party name', async () => {
    const c = await registerCase(svc);
    await addParty(svc, c.id, { role: 'COMPLAINANT', name: 'Sølvi Søkbar' });
    for (const search of [c.caseNumber, 'sølvi søk']) {
      const { body } = await svc.graphql<{ cases: { nodes: { caseNumber: string }[] } }>(
        'query($s: String) { cases(filter: { search: $s }) { nodes { caseNumber } } }',
        { s: search },
        OFFICER,
      );
      expect(body.data!.cases.nodes.map((n) => n.caseNumber)).toEqual([c.caseNumber]);
    }
  });
});

type PartnerPage = {
  partnerComplaints: {
    nodes: { caseNumber: string; status: string; updatedAt: string; firstInstanceBody: { code: string } }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    totalCount: number;
  };
};
const PARTNER_PAGE = `query($since: DateTime, $first: Int, $after: String) {
  partnerComplaints(updatedSince: $since, first: $first, after: $after) {
    nodes { caseNumber status updatedAt firstInstanceBody { code } } pageInfo { endCursor hasNextPage } totalCount } }`;

describe('the NPE partner API', () => {
  it('lists complaints on NPE decisions only, oldest change first, paged, and from a point in time', async () => {
    const npeCase = await registerCase(svc);
    const helfoCase = await registerCase(svc, 'HELFO_FRIKORT');
    const all: PartnerPage['partnerComplaints']['nodes'] = [];
    let after: string | null = null;
    do {
      const page: PartnerPage['partnerComplaints'] = (
        await svc.graphql<PartnerPage>(PARTNER_PAGE, { first: 3, after }, NPE)
      ).body.data!.partnerComplaints;
      all.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const numbers = all.map((n) => n.caseNumber);
    expect(numbers).toContain(npeCase.caseNumber);
    expect(numbers).not.toContain(helfoCase.caseNumber);
    expect(new Set(all.map((n) => n.firstInstanceBody.code))).toEqual(new Set(['NPE']));
    expect(all.map((n) => n.updatedAt)).toEqual([...all.map((n) => n.updatedAt)].sort());

    // what changed since: only the case moved after that point
    const since = new Date().toISOString();
    await change(npeCase.id, { to: 'UNDER_PREPARATION' });
    await change(helfoCase.id, { to: 'UNDER_PREPARATION' });
    const { body } = await svc.graphql<PartnerPage>(PARTNER_PAGE, { since }, NPE);
    expect(body.data!.partnerComplaints.nodes.map((n) => [n.caseNumber, n.status])).toEqual([
      [npeCase.caseNumber, 'UNDER_PREPARATION'],
    ]);
  });

  it('answers another body’s case as not found, like a case that does not exist', async () => {
    const helfoCase = await registerCase(svc, 'HELFO_FRIKORT');
    for (const caseNumber of [helfoCase.caseNumber, '99/99999']) {
      const { body } = await svc.graphql(
        'query($n: String!) { partnerComplaint(caseNumber: $n) { status } }',
        { n: caseNumber },
        NPE,
      );
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    }
  });

  it('has no field for parties, contact details or documents', async () => {
    const type = (await buildSchema()).getType('PartnerComplaint') as {
      getFields(): Record<string, unknown>;
    };
    expect(Object.keys(type.getFields()).sort()).toEqual([
      'board',
      'caseNumber',
      'caseType',
      'courtStatus',
      'decision',
      'firstInstanceBody',
      'receivedAt',
      'status',
      'timeline',
      'updatedAt',
    ]);
  });
});
