import { randomUUID } from 'node:crypto';
import { startTestService, type TestService } from '@klageportal/testkit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, loadConfig, seedLawyerCases } from '../src/index.js';
import { addParty, citizen, OFFICER, registerCase } from './fixture.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService({ name: 'cases', loadConfig, create: createService, seed: true });
});
afterAll(() => svc?.dispose());

const em = () => svc.service.orm.em.fork() as EntityManager;

type Item = {
  caseNumber: string;
  available: boolean;
  unavailableReason: string | null;
  case: { id: string; status: string; caseType: { code: string } } | null;
  lastEvent: { status: string } | null;
};
type MyCases = {
  myCases: {
    items: Item[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    totalCount: number;
  };
};
const MY_CASES = `query($f: CaseFilter, $first: Int, $after: String) {
  myCases(filter: $f, first: $first, after: $after) {
    items { caseNumber available unavailableReason case { id status caseType { code } } lastEvent { status } }
    pageInfo { endCursor hasNextPage } totalCount } }`;
const myCases = async (who: ReturnType<typeof citizen>, vars: Record<string, unknown> = {}) => {
  const { body } = await svc.graphql<MyCases>(MY_CASES, vars, who);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.myCases;
};

describe('Mine saker', () => {
  it('lists a lawyer’s cases; a case with two lawyers only as unavailable, with the reason and no details', async () => {
    const [lawyer, colleague] = [randomUUID(), randomUUID()];
    const one = await registerCase(svc);
    await addParty(svc, one.id, { role: 'COMPLAINANT' });
    await addParty(svc, one.id, { role: 'LAWYER', personId: lawyer });
    const two = await registerCase(svc);
    await addParty(svc, two.id, { role: 'COMPLAINANT' });
    await addParty(svc, two.id, { role: 'LAWYER', personId: lawyer });
    await addParty(svc, two.id, { role: 'LAWYER', personId: colleague });

    const page = await myCases(citizen(lawyer));
    expect(page.totalCount).toBe(2);
    expect(page.items).toEqual([
      {
        caseNumber: two.caseNumber,
        available: false,
        unavailableReason: 'TWO_LAWYERS',
        case: null,
        lastEvent: null,
      },
      {
        caseNumber: one.caseNumber,
        available: true,
        unavailableReason: null,
        case: { id: one.id, status: 'RECEIVED', caseType: { code: 'PSN_ANSVAR' } },
        lastEvent: { status: 'RECEIVED' },
      },
    ]);
    // the second lawyer sees the same: it is unavailable for everyone
    expect((await myCases(citizen(colleague))).items.map((i) => i.unavailableReason)).toEqual([
      'TWO_LAWYERS',
    ]);
  });

  it.each([
    ['no mobile', null, 'k@example.com', 'MISSING_MOBILE'],
    ['no e-mail', '91234567', null, 'MISSING_EMAIL'],
    ['neither', null, null, 'MISSING_CONTACT'],
  ])('lists a case as unavailable when the viewer’s row has %s', async (_why, mobile, email, reason) => {
    const person = randomUUID();
    const c = await registerCase(svc);
    await addParty(svc, c.id, { role: 'COMPLAINANT', personId: person, mobile, email });
    expect((await myCases(citizen(person))).items).toEqual([
      { caseNumber: c.caseNumber, available: false, unavailableReason: reason, case: null, lastEvent: null },
    ]);
  });

  it('acting for someone: all their cases under a general mandate, one under a case mandate, none without', async () => {
    const [principal, agent] = [randomUUID(), randomUUID()];
    const a = await registerCase(svc);
    const b = await registerCase(svc);
    for (const c of [a, b]) await addParty(svc, c.id, { role: 'COMPLAINANT', personId: principal });
    const numbers = async (actingAs: { role: 'GUARDIAN' | 'PROXY'; caseNumber: string | null }[]) =>
      (await myCases(citizen(agent, principal, actingAs))).items.map((i) => i.caseNumber).sort();

    expect(await numbers([{ role: 'GUARDIAN', caseNumber: null }])).toEqual(
      [a.caseNumber, b.caseNumber].sort(),
    );
    expect(await numbers([{ role: 'PROXY', caseNumber: b.caseNumber }])).toEqual([b.caseNumber]);
    expect(await numbers([])).toEqual([]);
    // for themselves, the agent has no cases
    expect((await myCases(citizen(agent))).totalCount).toBe(0);
  });

  it('searches by case number or party name, filters by status and type, and pages by cursor', async () => {
    const lawyer = randomUUID();
    await seedLawyerCases(em(), { lawyerPersonId: lawyer, count: 30, prefix: '91' });
    const all = await myCases(citizen(lawyer), { first: 100 });
    expect(all.totalCount).toBe(30);

    // search
    const byNumber = await myCases(citizen(lawyer), { f: { search: '91/00017' } });
    expect(byNumber.items.map((i) => i.caseNumber)).toEqual(['91/00017']);
    const byName = await myCases(citizen(lawyer), { f: { search: 'klager 2' } });
    expect(byName.items.map((i) => i.caseNumber).sort()).toEqual(
      ['91/00002', ...Array.from({ length: 10 }, (_, k) => `91/0002${k}`)].sort(),
    );
    expect((await myCases(citizen(lawyer), { f: { search: '%' } })).totalCount).toBe(0);

    // filters
    const sent = await myCases(citizen(lawyer), { f: { statuses: ['SENT_TO_BOARD'] }, first: 100 });
    expect(sent.totalCount).toBe(10);
    expect(sent.items.every((i) => i.case?.status === 'SENT_TO_BOARD')).toBe(true);
    expect((await myCases(citizen(lawyer), { f: { caseTypes: ['HELFO_FRIKORT'] } })).totalCount).toBe(0);

    // paging: every case once, newest change first
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: MyCases['myCases'] = await myCases(citizen(lawyer), { first: 7, after });
      seen.push(...page.items.map((i) => i.caseNumber));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.items.map((i) => i.caseNumber));
    expect(seen).toEqual([...seen].sort().reverse());
  });

  it('refuses a cursor it did not make, and pages larger than 100', async () => {
    for (const vars of [{ after: 'not-a-cursor' }, { first: 101 }, { first: 0 }]) {
      const { body } = await svc.graphql(MY_CASES, vars, citizen(randomUUID()));
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
  });
});

const CASE_PAGE = `query($id: ID!) { case(id: $id) {
  caseNumber status timeline { status } viewerRole
  parties { personId name role mobile email isViewer }
  permissions { read fillForms upload sendDocuments downloadCaseFile } } }`;
type CasePage = {
  case: {
    viewerRole: string;
    parties: {
      personId: string;
      role: string;
      mobile: string | null;
      email: string | null;
      isViewer: boolean;
    }[];
    permissions: Record<string, boolean>;
  } | null;
};

describe('the case page', () => {
  it('shows a represented complainant read and forms only, and contact details of their own row only', async () => {
    const [complainant, lawyer] = [randomUUID(), randomUUID()];
    const c = await registerCase(svc);
    await addParty(svc, c.id, { role: 'COMPLAINANT', personId: complainant, email: 'kari@example.com' });
    await addParty(svc, c.id, { role: 'LAWYER', personId: lawyer, email: 'anne@advokatfirma.example' });

    const asComplainant = (await svc.graphql<CasePage>(CASE_PAGE, { id: c.id }, citizen(complainant))).body
      .data!.case!;
    expect(asComplainant.viewerRole).toBe('COMPLAINANT');
    expect(asComplainant.permissions).toEqual({
      read: true,
      fillForms: true,
      upload: false,
      sendDocuments: false,
      downloadCaseFile: true,
    });
    expect(asComplainant.parties.map((p) => [p.role, p.email, p.isViewer])).toEqual([
      ['COMPLAINANT', 'kari@example.com', true],
      ['LAWYER', null, false],
    ]);

    const asLawyer = (await svc.graphql<CasePage>(CASE_PAGE, { id: c.id }, citizen(lawyer))).body.data!.case!;
    expect(asLawyer.permissions.upload).toBe(true);
    expect(asLawyer.parties.map((p) => [p.role, p.email])).toEqual([
      ['COMPLAINANT', null],
      ['LAWYER', 'anne@advokatfirma.example'],
    ]);

    const asOfficer = (await svc.graphql<CasePage>(CASE_PAGE, { id: c.id }, OFFICER)).body.data!.case!;
    expect(asOfficer.parties.map((p) => p.email)).toEqual(['kari@example.com', 'anne@advokatfirma.example']);
    expect(asOfficer.permissions).toBeNull();
  });

  it('answers FORBIDDEN with the reason for a case with two lawyers', async () => {
    const complainant = randomUUID();
    const c = await registerCase(svc);
    await addParty(svc, c.id, { role: 'COMPLAINANT', personId: complainant });
    await addParty(svc, c.id, { role: 'LAWYER' });
    await addParty(svc, c.id, { role: 'LAWYER' });
    const { body } = await svc.graphql(CASE_PAGE, { id: c.id }, citizen(complainant));
    expect(body.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([
      ['FORBIDDEN', 'TWO_LAWYERS'],
    ]);
  });

  it('logs every read and write; the complainant sees who has seen the case', async () => {
    const [complainant, lawyer] = [randomUUID(), randomUUID()];
    const c = await registerCase(svc);
    await addParty(svc, c.id, { role: 'COMPLAINANT', personId: complainant, name: 'Kari Klager' });
    await addParty(svc, c.id, { role: 'LAWYER', personId: lawyer, name: 'Anne Advokat' });
    await svc.graphql(CASE_PAGE, { id: c.id }, citizen(lawyer));
    await myCases(citizen(lawyer));
    await svc.graphql(CASE_PAGE, { id: c.id }, citizen(complainant));

    const { body } = await svc.graphql<{
      caseAccessLog: { action: string; actorRole: string; actorName: string | null; isViewer: boolean }[];
    }>(
      'query($id: ID!) { caseAccessLog(caseId: $id) { action actorRole actorName isViewer } }',
      { id: c.id },
      citizen(complainant),
    );
    expect(body.data!.caseAccessLog).toEqual([
      { action: 'VIEWED', actorRole: 'COMPLAINANT', actorName: 'Kari Klager', isViewer: true },
      { action: 'LISTED', actorRole: 'LAWYER', actorName: 'Anne Advokat', isViewer: false },
      { action: 'VIEWED', actorRole: 'LAWYER', actorName: 'Anne Advokat', isViewer: false },
      { action: 'PARTY_ADDED', actorRole: 'CASE_OFFICER', actorName: null, isViewer: false },
      { action: 'PARTY_ADDED', actorRole: 'CASE_OFFICER', actorName: null, isViewer: false },
      { action: 'REGISTERED', actorRole: 'CASE_OFFICER', actorName: null, isViewer: false },
    ]);
    const text = svc.logs.text();
    for (const personal of ['Kari Klager', 'Anne Advokat', '+4791234567', '@example.com']) {
      expect(text).not.toContain(personal);
    }
  });
});

describe('statements per page', () => {
  const countOverview = async (lawyer: string) => {
    const sql = svc.logs.countQueries();
    const page = await myCases(citizen(lawyer), { first: 25 });
    return { statements: sql.count(), items: page.items.length };
  };
  const countCasePage = async (lawyer: string, id: string) => {
    const sql = svc.logs.countQueries();
    const { body } = await svc.graphql(
      `query($id: ID!) { case(id: $id) { caseNumber caseType { name } firstInstanceBody { name } timeline { status }
         parties { name role } permissions { upload } } }`,
      { id },
      citizen(lawyer),
    );
    expect(body.errors).toBeUndefined();
    return sql.count();
  };

  it('are the same for a lawyer with 10 cases and one with 1,000', async () => {
    const [small, large] = [randomUUID(), randomUUID()];
    const smallIds = await seedLawyerCases(em(), { lawyerPersonId: small, count: 10, prefix: '92' });
    const largeIds = await seedLawyerCases(em(), { lawyerPersonId: large, count: 1000, prefix: '93' });
    const [s, l] = [await countOverview(small), await countOverview(large)];
    expect([s.items, l.items]).toEqual([10, 25]);
    expect(l.statements).toBe(s.statements);
    expect(await countCasePage(large, largeIds[500]!)).toBe(await countCasePage(small, smallIds[5]!));
  });
});
