import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { external, launchChromium, recordRequests } from '../support/browser.js';
import { findPersonalData } from '../support/personal-data.js';
import {
  citizenLogin as citizenLoginTo,
  graphqlFromPage,
  headingsInOrder,
  noAxeViolations,
  staffLogin as staffLoginTo,
} from '../support/portal.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { sentDocument } from '../support/trusted-documents.js';

// Synthetic persons (identity's seed): never real people.
const PER = { fnr: '09857826040', login: 'Per Klagesen', name: 'Per Klagesen' };
const ANNE = { fnr: '25867122098', login: 'Advokat Anne Eksempel', name: 'Anne Eksempel' };
const EVA = { fnr: '22918048034', login: 'Etterlatt Eva Minnesen', name: 'Eva Minnesen' };
const FNRS = [PER.fnr, ANNE.fnr, EVA.fnr];

let stack: TestStack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.dispose();
});
const citizenLogin = (page: Page, name: string) => citizenLoginTo(stack, page, name);
const staffLogin = (page: Page, name: string) => staffLoginTo(stack, page, name);

/** Adds a party through the console's form (registerPerson, then addCaseParty). */
async function addParty(
  page: Page,
  party: { fnr: string; name: string; role: string; mobile: string; email: string },
) {
  const form = page.getByTestId('add-party-form');
  const before = await page.getByTestId('staff-party').count();
  await form.getByLabel('Fødselsnummer').fill(party.fnr);
  await form.getByLabel('Navn').fill(party.name);
  await form.getByLabel('Rolle').selectOption(party.role);
  await form.getByLabel('Mobilnummer').fill(party.mobile);
  await form.getByLabel('E-postadresse').fill(party.email);
  await form.getByRole('button', { name: 'Legg til part' }).click();
  await expect.poll(() => page.getByTestId('add-party-status').textContent()).toContain(party.name);
  expect(await page.getByTestId('staff-party').count()).toBe(before + 1);
  // the fødselsnummer is gone from the form once it has been used
  expect(await form.getByLabel('Fødselsnummer').inputValue()).toBe('');
}

/** Mine saker, searched for one case number; returns that case's row. */
async function findInMyCases(page: Page, caseNumber: string) {
  await page.goto(`${stack.urls.portal}/saker`);
  await page.getByTestId('case-filter').waitFor();
  await page.getByRole('searchbox', { name: 'Søk på saksnummer eller navn' }).fill(caseNumber);
  await page.getByRole('button', { name: 'Søk', exact: true }).click();
  await expect.poll(() => page.getByTestId('cases-count').textContent()).toMatch(/Viser 1 av 1 saker/);
  const row = page.locator(`[data-testid="my-case"][data-case-number="${caseNumber}"]`);
  await row.waitFor();
  return row;
}

async function browserStorage(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify({ ...window.localStorage, ...window.sessionStorage }));
}

describe('cases in Min side and the case officers’ console', () => {
  const contexts: BrowserContext[] = [];
  const consoleLines: string[] = [];
  async function newPage() {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const urls = recordRequests(page);
    page.on('console', (message) => consoleLines.push(message.text()));
    return { page, urls };
  }
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  it('an officer registers a case with a complainant and a lawyer; both see it; a second lawyer makes it unavailable to both', async () => {
    // --- the case officer logs in (staff IdP) and registers the case
    const officer = await newPage();
    const staff = officer.page;
    await staffLogin(staff, 'Saksbehandler Siri');
    await expect.poll(() => staff.getByRole('heading', { level: 1 }).textContent()).toBe('Finn saker');
    await staff.getByTestId('staff-cases-table').waitFor();
    await noAxeViolations(staff);
    await headingsInOrder(staff);

    await staff.getByRole('link', { name: 'Registrer sak' }).click();
    await staff.waitForURL(`${stack.urls.portal}/intern/ny`);
    const caseType = staff.getByLabel('Sakstype');
    await expect.poll(() => caseType.locator('option').count()).toBeGreaterThan(1);
    await noAxeViolations(staff);
    await headingsInOrder(staff);
    await caseType.selectOption({ index: 1 });
    await staff.getByRole('button', { name: 'Registrer sak' }).click();
    await staff.waitForURL(`${stack.urls.portal}/intern/saker/**`);
    const registered = staff.getByTestId('staff-case');
    await registered.waitFor();
    const caseNumber = (await registered.getAttribute('data-case-number'))!;
    const caseId = (await registered.getAttribute('data-case-id'))!;
    expect(caseNumber).toMatch(/^\d{2}\/\d{5}$/);
    expect(await staff.getByTestId('case-status').textContent()).toBe('Mottatt');

    await addParty(staff, {
      fnr: PER.fnr,
      name: PER.name,
      role: 'COMPLAINANT',
      mobile: '91234567',
      email: 'per.klagesen@example.com',
    });
    // a lawyer's shared post-box is refused, at the e-mail field
    const form = staff.getByTestId('add-party-form');
    await form.getByLabel('Fødselsnummer').fill(ANNE.fnr);
    await form.getByLabel('Navn').fill(ANNE.name);
    await form.getByLabel('Rolle').selectOption('LAWYER');
    await form.getByLabel('Mobilnummer').fill('92345678');
    await form.getByLabel('E-postadresse').fill('post@advokatfirma.example');
    await form.getByRole('button', { name: 'Legg til part' }).click();
    await expect.poll(() => form.getByLabel('E-postadresse').getAttribute('aria-invalid')).toBe('true');
    await addParty(staff, {
      fnr: ANNE.fnr,
      name: ANNE.name,
      role: 'LAWYER',
      mobile: '92345678',
      email: 'anne.eksempel@advokatfirma.example',
    });
    await staff.getByTestId('status-to').selectOption('UNDER_PREPARATION');
    await staff.getByRole('button', { name: 'Endre status' }).click();
    await expect.poll(() => staff.getByTestId('case-status').textContent()).toBe('Under saksforberedelse');
    await noAxeViolations(staff);
    await headingsInOrder(staff);

    // the officer finds it again by its number
    await staff.getByRole('link', { name: 'Finn saker' }).click();
    await staff.getByRole('searchbox', { name: 'Søk på saksnummer eller navn' }).fill(caseNumber);
    await staff.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect.poll(() => staff.getByTestId('cases-count').textContent()).toMatch(/Viser 1 av 1 saker/);
    expect(await staff.getByTestId('staff-case').getAttribute('data-case-number')).toBe(caseNumber);

    // --- the lawyer finds the case in Mine saker and may do everything
    const lawyer = await newPage();
    await citizenLogin(lawyer.page, ANNE.login);
    await lawyer.page.getByRole('link', { name: 'Gå til Mine saker' }).click();
    await lawyer.page.waitForURL(`${stack.urls.portal}/saker`);
    await noAxeViolations(lawyer.page);
    const lawyerRow = await findInMyCases(lawyer.page, caseNumber);
    await noAxeViolations(lawyer.page);
    await headingsInOrder(lawyer.page);
    await lawyerRow.getByRole('link', { name: caseNumber }).click();
    await lawyer.page.waitForURL(`${stack.urls.portal}/saker/${caseId}`);
    await lawyer.page.getByTestId('case-page').waitFor();
    expect(await lawyer.page.getByTestId('case-number').textContent()).toBe(caseNumber);
    expect(await lawyer.page.getByTestId('case-may').innerText()).toContain('Laste opp nye opplysninger');
    expect(await lawyer.page.getByTestId('case-may-not').count()).toBe(0);
    // "who has seen my case" is not for lawyers: the section is left out
    expect(await lawyer.page.getByTestId('case-access-log').count()).toBe(0);
    await noAxeViolations(lawyer.page);
    await headingsInOrder(lawyer.page);

    // --- the complainant sees it read-only, with the reason
    const complainant = await newPage();
    await citizenLogin(complainant.page, PER.login);
    const perRow = await findInMyCases(complainant.page, caseNumber);
    await perRow.getByRole('link', { name: caseNumber }).click();
    await complainant.page.getByTestId('case-page').waitFor();
    expect(await complainant.page.getByTestId('case-may').innerText()).toContain('Lese saken');
    const mayNot = await complainant.page.getByTestId('case-may-not').innerText();
    expect(mayNot).toContain('Laste opp nye opplysninger');
    expect(mayNot).toContain('Sende dokumenter til oss');
    expect(await complainant.page.getByTestId('case-represented').innerText()).toContain(ANNE.name);
    await expect
      .poll(() => complainant.page.getByTestId('case-access-log').innerText())
      .toContain('Saksbehandler hos oss');
    expect(await complainant.page.getByTestId('case-parties').innerText()).toContain(`${PER.name} (deg)`);
    await noAxeViolations(complainant.page);
    await headingsInOrder(complainant.page);

    // --- a second lawyer: the case is no longer available in Min side, to anyone
    await staff.goto(`${stack.urls.portal}/intern/saker/${caseId}`);
    await staff.getByTestId('staff-case').waitFor();
    await addParty(staff, {
      fnr: EVA.fnr,
      name: EVA.name,
      role: 'LAWYER',
      mobile: '93456789',
      email: 'eva.minnesen@advokatkontor.example',
    });

    for (const { page } of [lawyer, complainant]) {
      const row = await findInMyCases(page, caseNumber);
      expect(await row.getAttribute('data-unavailable')).toBe('TWO_LAWYERS');
      expect(await row.getByTestId('unavailable-reason').textContent()).toBe(
        'Saken har to advokater registrert, og kan derfor ikke brukes i Min side.',
      );
      expect(await row.getByRole('link').count()).toBe(0);
      await noAxeViolations(page);
      await page.goto(`${stack.urls.portal}/saker/${caseId}`);
      const refused = page.getByTestId('case-refused');
      await refused.waitFor();
      expect(await refused.getAttribute('data-reason')).toBe('TWO_LAWYERS');
      await noAxeViolations(page);
      await headingsInOrder(page);
    }

    // --- the officer removes the second lawyer again: available once more
    await staff.getByRole('button', { name: `Fjern ${EVA.name} som advokat` }).click();
    await expect.poll(() => staff.getByTestId('staff-parties-status').textContent()).toContain(EVA.name);
    const again = await findInMyCases(complainant.page, caseNumber);
    expect(await again.getAttribute('data-unavailable')).toBeNull();

    // no fødselsnummer in any address, in browser storage, or in the browser console
    for (const { page, urls } of [officer, lawyer, complainant]) {
      for (const fnr of FNRS) {
        expect(urls.filter((u) => u.includes(fnr))).toEqual([]);
        expect(await browserStorage(page)).not.toContain(fnr);
      }
      expect(external(urls)).toEqual([]);
    }
    for (const fnr of FNRS) expect(consoleLines.join('\n')).not.toContain(fnr);
  }, 300_000);

  it('shows Mine saker in nynorsk and English too', async () => {
    const { page } = await newPage();
    await citizenLogin(page, PER.login);
    await page.goto(`${stack.urls.portal}/saker?lang=nn`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Mine saker');
    await page.getByTestId('my-cases-table').waitFor();
    expect(await page.getByRole('table').locator('caption').textContent()).toBe('Sakene dine');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('My cases');
    await expect
      .poll(() => page.getByTestId('cases-count').textContent())
      .toMatch(/^Showing \d+ of \d+ cases$/);
    await noAxeViolations(page);
  });

  it('asks someone who is not logged in to log in, and comes back to Mine saker', async () => {
    const { page } = await newPage();
    await page.goto(`${stack.urls.portal}/saker`);
    await page.getByTestId('cases-login').waitFor();
    await noAxeViolations(page);
    await page.getByRole('link', { name: 'Logg inn' }).click();
    await page.waitForURL(`${stack.urls.idp}/**`);
    await page.getByRole('button', { name: new RegExp(`^${PER.login}`) }).click();
    await page.waitForURL(`${stack.urls.portal}/saker`);
    await page.getByTestId('my-cases-table').waitFor();
  });

  it('a case page that does not exist says so', async () => {
    const { page } = await newPage();
    await citizenLogin(page, PER.login);
    await page.goto(`${stack.urls.portal}/saker/00000000-0000-4000-8000-000000000000`);
    const refused = page.getByTestId('case-refused');
    await refused.waitFor();
    expect(await refused.getAttribute('data-reason')).toBe('NOT_FOUND');
    await noAxeViolations(page);
  });

  it('sends a citizen to the staff login at /intern, and politely refuses staff who are not case officers', async () => {
    const { page } = await newPage();
    await citizenLogin(page, PER.login);
    await page.goto(`${stack.urls.portal}/intern`);
    await page.waitForURL(`${stack.urls.idp}/ansatt/**`);
    await page.getByRole('button', { name: /Analytiker Ane/ }).click();
    await page.waitForURL(`${stack.urls.portal}/intern`);
    await page.getByTestId('staff-no-access').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Du har ikke tilgang til saksbehandling',
    );
    await noAxeViolations(page);
  });
});

/** The case's id, as the console finds it by its number (staff may run any operation). */
async function caseIdOf(staff: Page, caseNumber: string): Promise<string> {
  const { data } = await graphqlFromPage<{ cases: { nodes: { id: string; caseNumber: string }[] } }>(
    staff,
    'query($s: String!) { cases(filter: { search: $s }) { nodes { id caseNumber } } }',
    { s: caseNumber },
  );
  const found = data?.cases.nodes.find((c) => c.caseNumber === caseNumber);
  if (!found) throw new Error(`no case ${caseNumber}`);
  return found.id;
}

/** A case officer adds a document to a case, as the console's upload form sends it. */
async function addDocument(staff: Page, caseId: string, title: string, category: 'LETTER' | 'DECISION') {
  const status = await staff.evaluate(
    async ({ caseId, title, category }) => {
      const form = new FormData();
      form.append('caseId', caseId);
      form.append('title', title);
      form.append('category', category);
      form.append('file', new Blob(['%PDF-1.7\n%%EOF\n'], { type: 'application/pdf' }), 'brev.pdf');
      const response = await fetch('/files/documents', {
        method: 'POST',
        body: form,
        headers: { 'x-klageportal-upload': '1' },
      });
      return response.status;
    },
    { caseId, title, category },
  );
  expect(status).toBe(201);
}

/** "Nye dokumenter" on Mine saker, as [title, case number, link] per item. */
async function latestDocuments(page: Page) {
  const section = page.getByTestId('latest-documents');
  await section.waitFor();
  const items = [];
  for (const item of await section.getByRole('listitem').all()) {
    const link = item.getByRole('link');
    items.push({
      title: await link.textContent(),
      caseNumber: await item.getAttribute('data-case-number'),
      href: await link.getAttribute('href'),
      text: await item.innerText(),
    });
  }
  return items;
}

/** The names of the GraphQL operations a page posts from now on. */
function recordOperations(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return;
    const text = sentDocument(request.postData() ?? '');
    names.push(/^\s*(?:query|mutation)\s+(\w+)/.exec(text)?.[1] ?? 'unknown');
  });
  return names;
}

describe('“Nye dokumenter” on Mine saker', () => {
  const contexts: BrowserContext[] = [];
  async function newPage() {
    const context = await browser.newContext();
    contexts.push(context);
    return context.newPage();
  }
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  it('Per and his lawyer-less case, Anne and her client’s case: each sees the newest documents of the cases they may open, in one request', async () => {
    const staff = await newPage();
    await staffLogin(staff, 'Saksbehandler Siri');
    await staff.getByTestId('staff-cases-table').waitFor();
    const perCase = { number: '26/00102', id: await caseIdOf(staff, '26/00102') };
    const kariCase = { number: '26/00101', id: await caseIdOf(staff, '26/00101') };
    const olaCase = await caseIdOf(staff, '26/00104');

    // a case with Per and Anne on it that two lawyers make unavailable in Min side
    await staff.goto(`${stack.urls.portal}/intern/ny`);
    const caseType = staff.getByLabel('Sakstype');
    await expect.poll(() => caseType.locator('option').count()).toBeGreaterThan(1);
    await caseType.selectOption({ index: 1 });
    await staff.getByRole('button', { name: 'Registrer sak' }).click();
    await staff.waitForURL(`${stack.urls.portal}/intern/saker/**`);
    const registered = staff.getByTestId('staff-case');
    await registered.waitFor();
    const unavailableCase = (await registered.getAttribute('data-case-id'))!;
    for (const party of [
      {
        fnr: PER.fnr,
        name: PER.name,
        role: 'COMPLAINANT',
        mobile: '91234567',
        email: 'per.klagesen@example.com',
      },
      {
        fnr: ANNE.fnr,
        name: ANNE.name,
        role: 'LAWYER',
        mobile: '92345678',
        email: 'anne.eksempel@advokatfirma.example',
      },
      {
        fnr: EVA.fnr,
        name: EVA.name,
        role: 'LAWYER',
        mobile: '93456789',
        email: 'eva.minnesen@advokatkontor.example',
      },
    ]) {
      await addParty(staff, party);
    }

    // oldest first: Per's letter, the decision on Kari's case, then two on cases neither may open
    await addDocument(staff, perCase.id, 'Brev om saksforberedelse til Per', 'LETTER');
    await addDocument(staff, kariCase.id, 'Vedtak i saken til Kari', 'DECISION');
    await addDocument(staff, olaCase, 'Brev til vergen', 'LETTER');
    await addDocument(staff, unavailableCase, 'Brev i saken med to advokater', 'LETTER');

    // --- Per: his newest document, first thing on Mine saker, in one request
    const per = await newPage();
    await citizenLogin(per, PER.login);
    const perOperations = recordOperations(per);
    await per.goto(`${stack.urls.portal}/saker`);
    await per.getByTestId('my-cases-table').waitFor();
    expect(await latestDocuments(per)).toEqual([
      {
        title: 'Brev om saksforberedelse til Per',
        caseNumber: perCase.number,
        href: `/saker/${perCase.id}`,
        text: expect.stringMatching(/Brev[,\s]+Fra oss[,\s]+.*2\d{3}[,\s]+Sak 26\/00102/s),
      },
    ]);
    await per.waitForLoadState('networkidle');
    expect(perOperations).toEqual(['Dashboard']);
    const section = per.getByTestId('latest-documents');
    expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe('Nye dokumenter');
    expect(await section.getByRole('list').count()).toBe(1);
    await noAxeViolations(per);
    await headingsInOrder(per);

    // the item leads to its case, where the document is
    await section.getByRole('link', { name: 'Brev om saksforberedelse til Per' }).click();
    await per.waitForURL(`${stack.urls.portal}/saker/${perCase.id}`);
    await expect
      .poll(() => per.getByTestId('case-documents').innerText())
      .toContain('Brev om saksforberedelse til Per');

    // searching asks for cases only; "Nye dokumenter" stays
    await per.goto(`${stack.urls.portal}/saker`);
    await per.getByTestId('my-cases-table').waitFor();
    perOperations.length = 0;
    await per.getByRole('searchbox', { name: 'Søk på saksnummer eller navn' }).fill(perCase.number);
    await per.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect.poll(() => per.getByTestId('cases-count').textContent()).toMatch(/Viser 1 av 1 saker/);
    expect(perOperations).toEqual(['MyCases']);
    expect((await latestDocuments(per)).map((d) => d.title)).toEqual(['Brev om saksforberedelse til Per']);

    // nynorsk and English
    await per.goto(`${stack.urls.portal}/saker?lang=nn`);
    await expect
      .poll(() => per.getByTestId('latest-documents').getByRole('heading', { level: 2 }).textContent())
      .toBe('Nye dokument');
    await noAxeViolations(per);
    await per.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => per.getByTestId('latest-documents').getByRole('heading', { level: 2 }).textContent())
      .toBe('New documents');
    await expect
      .poll(async () => (await latestDocuments(per))[0]?.text)
      .toMatch(/Letter[,\s]+From us[,\s].*Case 26\/00102/s);
    await noAxeViolations(per);

    // --- Anne: the decision on her client's case; nothing from Per's case (she is not on it), the
    // guardian's, or the case with two lawyers (unavailable in Min side)
    const anne = await newPage();
    await citizenLogin(anne, ANNE.login);
    const anneOperations = recordOperations(anne);
    await anne.goto(`${stack.urls.portal}/saker`);
    await anne.getByTestId('my-cases-table').waitFor();
    const anneSees = await latestDocuments(anne);
    expect(anneSees.map((d) => [d.title, d.caseNumber, d.href])).toEqual([
      ['Vedtak i saken til Kari', kariCase.number, `/saker/${kariCase.id}`],
    ]);
    expect(anneSees[0]!.text).toMatch(/Vedtak[,\s]+Fra oss/);
    await anne.waitForLoadState('networkidle');
    expect(anneOperations).toEqual(['Dashboard']);
    // the unavailable case is listed, without a link: and its document is not among hers
    const unavailableRow = anne.locator('[data-testid="my-case"][data-unavailable="TWO_LAWYERS"]');
    expect(await unavailableRow.count()).toBeGreaterThanOrEqual(1);
    await noAxeViolations(anne);
    await headingsInOrder(anne);

    // --- Eva: her case has no documents yet (the one she is a second lawyer on is unavailable)
    const eva = await newPage();
    await citizenLogin(eva, EVA.login);
    await eva.goto(`${stack.urls.portal}/saker`);
    await eva.getByTestId('my-cases-table').waitFor();
    expect(await eva.getByTestId('latest-documents-empty').textContent()).toBe(
      'Det er ingen dokumenter i sakene dine ennå.',
    );
    expect(await eva.getByTestId('latest-document').count()).toBe(0);
    await noAxeViolations(eva);
    await headingsInOrder(eva);
  }, 300_000);
});

describe('logs', () => {
  it('hold no fødselsnummer, e-mail address or phone number, from any process', () => {
    const lines = stack.output.map((o) => `${o.name}: ${o.line}`);
    expect(lines.length).toBeGreaterThan(20);
    expect(findPersonalData(lines)).toEqual([]);
    for (const fnr of FNRS) expect(lines.join('\n')).not.toContain(fnr);
  });
});
