import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { external, launchChromium, recordRequests } from '../support/browser.js';
import { findPersonalData } from '../support/personal-data.js';
import {
  citizenLogin as citizenLoginTo,
  headingsInOrder,
  noAxeViolations,
  staffLogin as staffLoginTo,
} from '../support/portal.js';
import { startTestStack, type TestStack } from '../support/stack.js';

// Synthetic persons (identity's seed): never real people.
const PER = { fnr: '09857826040', login: 'Per Klagesen', name: 'Per Klagesen' };
const ANNE = { fnr: '25867122098', login: 'Advokat Anne Eksempel', name: 'Anne Eksempel' };
const EVA = { fnr: '22918048034', name: 'Eva Minnesen' };
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

describe('logs', () => {
  it('hold no fødselsnummer, e-mail address or phone number, from any process', () => {
    const lines = stack.output.map((o) => `${o.name}: ${o.line}`);
    expect(lines.length).toBeGreaterThan(20);
    expect(findPersonalData(lines)).toEqual([]);
    for (const fnr of FNRS) expect(lines.join('\n')).not.toContain(fnr);
  });
});
