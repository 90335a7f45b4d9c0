import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
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

// Synthetic persons (identity's seed): never real people. Per has consented and is the only party
// on the seeded case 26/00102.
const PER = { fnr: '09857826040', login: 'Per Klagesen', name: 'Per Klagesen' };
const CASE_ID = '6f1d2c1e-0001-4a6b-9d3e-000000000002';

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

/** The form's live region once it says something. */
async function statusOf(form: Locator) {
  return (await form.getByTestId('form-status').textContent()) ?? '';
}

/** The incoming form documents, as [category, kind, answers text]. */
async function formDocuments(page: Page) {
  const out: { category: string; kind: string; answers: string }[] = [];
  for (const row of await page.getByTestId('document').all()) {
    const answers = row.getByTestId('form-answers');
    if ((await answers.count()) === 0) continue;
    out.push({
      category: (await row.getAttribute('data-category')) ?? '',
      kind: (await answers.getAttribute('data-kind')) ?? '',
      answers: await answers.evaluate((el) => el.textContent ?? ''),
    });
  }
  return out;
}

/** A date a year from now as `YYYY-MM-DD`. */
function nextYear(): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

describe('forms in Min side: comments, contact details for the case, and the confidentiality waiver', () => {
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  it('the complainant sends comments, changes his contact details, gives and revokes a waiver (nb), and sends a form in nn', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const urls = recordRequests(page);
    await citizenLogin(page, PER.login);
    await page.goto(`${stack.urls.portal}/saker/${CASE_ID}`);
    const forms = page.getByTestId('case-forms');
    await forms.waitFor();
    expect(await forms.getByRole('heading', { level: 2 }).textContent()).toBe('Skjema');
    expect(await forms.getByTestId('waiver-limits').innerText()).toContain(
      'uttaler vi oss bare om gangen i saken, aldri om innholdet',
    );
    expect(await forms.getByTestId('waiver-limits').innerText()).toContain('domstolene');
    await noAxeViolations(page);
    await headingsInOrder(page);

    // --- comments: nothing written is refused at the field, with a summary that links there
    const comments = page.getByTestId('comments-form');
    await comments.getByTestId('form-submit').click();
    const summary = comments.getByTestId('form-errors');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Skriv merknadene dine');
    expect(await comments.getByLabel('Merknader', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await noAxeViolations(page);
    await summary.getByRole('link').click();
    expect(
      await comments.getByLabel('Merknader', { exact: true }).evaluate((el) => el === document.activeElement),
    ).toBe(true);

    const text = 'Jeg er uenig i hvordan legevakten beskrev forløpet.\nSe vedlagt journal.';
    await comments.getByLabel('Merknader', { exact: true }).fill(text);
    await comments.getByTestId('form-submit').click();
    await expect
      .poll(() => statusOf(comments))
      .toBe('Merknadene dine er sendt til oss og ligger nå blant dokumentene i saken.');
    expect(await comments.getByLabel('Merknader', { exact: true }).inputValue()).toBe('');
    expect(await comments.getByTestId('form-errors').count()).toBe(0);
    await expect
      .poll(() => formDocuments(page))
      .toEqual([
        expect.objectContaining({
          kind: 'COMMENTS',
          answers: expect.stringContaining('Se vedlagt journal.'),
        }),
      ]);
    const answers = page.getByTestId('form-answers').first();
    await answers.getByText('Vis svar').click();
    expect(await answers.getAttribute('open')).not.toBeNull();
    expect(await answers.innerText()).toContain('Jeg er uenig i hvordan legevakten beskrev forløpet.');

    // --- contact details for this case: prefilled from Per's own party row; a foreign number is refused
    const contact = page.getByTestId('contact-form');
    const mobile = contact.getByLabel('Mobilnummer', { exact: true });
    const email = contact.getByLabel('E-postadresse', { exact: true });
    expect(await mobile.inputValue()).toMatch(/41\s?00\s?00\s?05$/);
    expect(await email.inputValue()).toBe('per.klagesen@example.com');
    await mobile.fill('+46 70 123 45 67');
    await contact.getByTestId('form-submit').click();
    await expect.poll(() => contact.locator('form').getAttribute('data-error-code')).toBe('FOREIGN_MOBILE');
    expect(await contact.innerText()).toContain(
      'Vi kan bare sende SMS til norske mobilnumre. Skriv et norsk mobilnummer.',
    );
    expect(await mobile.getAttribute('aria-invalid')).toBe('true');
    await noAxeViolations(page);
    await mobile.fill('412 34 567');
    await email.fill('per.ny@example.com');
    await contact.getByTestId('form-submit').click();
    await expect.poll(() => statusOf(contact)).toBe('Kontaktinformasjonen din i denne saken er endret.');
    expect(await contact.locator('form').getAttribute('data-error-code')).toBeNull();
    await expect.poll(() => page.getByTestId('case-parties').innerText()).toContain('per.ny@example.com');
    expect(await page.getByTestId('case-parties').innerText()).toMatch(/412\s?34\s?567/);

    // --- the waiver: a named journalist, a topic and a time limit; listed as in force; then revoked
    const waiver = page.getByTestId('waiver-form');
    expect(await page.getByTestId('waivers-empty').count()).toBe(1);
    await waiver.getByTestId('form-submit').click();
    await expect
      .poll(() => waiver.locator('form').getAttribute('data-error-code'))
      .toBe('INVALID_JOURNALIST INVALID_NEWSROOM');
    expect(await waiver.getByLabel('Journalistens navn', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await waiver.getByLabel('Journalistens navn', { exact: true }).fill('Jonas Journalist');
    await waiver.getByLabel('Redaksjon eller oppdragsgiver', { exact: true }).fill('Avisa Eksempel');
    await waiver
      .getByLabel(/Temaer vi ikke skal uttale oss om/)
      .fill('Diagnosen\n\nBehandlingen ved sykehuset\n');
    await waiver.getByLabel(/Gyldig til og med/).fill(nextYear());
    await waiver.getByTestId('form-submit').click();
    await expect.poll(() => statusOf(waiver)).toBe('Fritaket for Jonas Journalist er registrert.');
    const given = page.getByTestId('waiver');
    await expect.poll(() => given.count()).toBe(1);
    expect(await given.getAttribute('data-in-force')).toBe('true');
    const row = await given.innerText();
    expect(row).toContain('Jonas Journalist');
    expect(row).toContain('Avisa Eksempel');
    expect(row).toContain('Diagnosen');
    expect(row).toContain('Behandlingen ved sykehuset');
    expect(row).toContain(String(new Date().getUTCFullYear() + 1));
    expect(await given.getByTestId('waiver-status').textContent()).toBe('Gjelder');
    // the waiver is also an incoming document with its answers
    await expect
      .poll(async () => (await formDocuments(page)).map((d) => d.kind))
      .toEqual(['COMMENTS', 'CONTACT_CHANGE', 'WAIVER']);
    expect((await formDocuments(page))[2]!.answers).toContain('Avisa Eksempel');
    await noAxeViolations(page);
    await headingsInOrder(page);

    await given.getByRole('button', { name: 'Trekk tilbake fritaket for Jonas Journalist' }).click();
    await expect
      .poll(() => page.getByTestId('waivers-status').textContent())
      .toBe('Fritaket for Jonas Journalist er trukket tilbake.');
    await expect.poll(() => given.getAttribute('data-in-force')).toBe('false');
    expect(await given.getByTestId('waiver-status').textContent()).toMatch(/^Trukket tilbake /);
    expect(await given.getByTestId('waiver-revoke').count()).toBe(0);
    await noAxeViolations(page);

    // --- the same forms in nynorsk: they render, and a form is sent
    await page.goto(`${stack.urls.portal}/saker/${CASE_ID}?lang=nn`);
    const formsNn = page.getByTestId('case-forms');
    await formsNn.waitFor();
    expect(await formsNn.getByRole('heading', { level: 2 }).textContent()).toBe('Skjema');
    expect(
      await formsNn.getByRole('heading', { level: 3 }).evaluateAll((hs) => hs.map((h) => h.textContent)),
    ).toEqual([
      'Send merknader til saka',
      'Endre kontaktinformasjonen min i denne saka',
      'Fritak frå teieplikt overfor namngitt person',
    ]);
    expect(await page.getByTestId('waiver-status').textContent()).toMatch(/^Trekt tilbake /);
    const commentsNn = page.getByTestId('comments-form');
    await commentsNn.getByLabel('Merknader', { exact: true }).fill('Eg har ein merknad til saka.');
    await commentsNn.getByTestId('form-submit').click();
    await expect
      .poll(() => statusOf(commentsNn))
      .toBe('Merknadene dine er sende til oss og ligg no blant dokumenta i saka.');
    const waiverNn = page.getByTestId('waiver-form');
    await waiverNn.getByLabel('Namnet til journalisten', { exact: true }).fill('Kari Kommentator');
    await waiverNn.getByLabel('Redaksjon eller oppdragsgivar', { exact: true }).fill('Lokalavisa');
    await waiverNn.getByTestId('form-submit').click();
    await expect.poll(() => statusOf(waiverNn)).toBe('Fritaket for Kari Kommentator er registrert.');
    await expect.poll(() => page.getByTestId('waiver').count()).toBe(2);
    expect(await page.getByTestId('waiver').first().innerText()).toContain('Til det blir trekt tilbake');
    // a foreign number is refused in nynorsk too
    const contactNn = page.getByTestId('contact-form');
    await contactNn.getByLabel('Mobilnummer', { exact: true }).fill('+46 70 123 45 67');
    await contactNn.getByTestId('form-submit').click();
    await expect.poll(() => contactNn.locator('form').getAttribute('data-error-code')).toBe('FOREIGN_MOBILE');
    expect(await contactNn.innerText()).toContain('Vi kan berre sende SMS til norske mobilnummer.');
    await noAxeViolations(page);
    await headingsInOrder(page);

    // --- the case officer sees the forms as incoming documents with their answers
    const officerContext = await browser.newContext();
    contexts.push(officerContext);
    const staff = await officerContext.newPage();
    await staffLogin(staff, 'Saksbehandler Siri');
    await staff.goto(`${stack.urls.portal}/intern/saker/${CASE_ID}`);
    await staff.getByTestId('staff-case').waitFor();
    await expect
      .poll(async () => (await formDocuments(staff)).map((d) => d.kind))
      .toEqual(['COMMENTS', 'CONTACT_CHANGE', 'WAIVER', 'COMMENTS', 'WAIVER']);
    const staffForms = await formDocuments(staff);
    expect(staffForms[0]!.answers).toContain('Se vedlagt journal.');
    expect(staffForms[2]!.answers).toContain('Diagnosen');
    await noAxeViolations(staff);

    // --- "who has seen my case": the officer by role and unit, never by name
    await page.goto(`${stack.urls.portal}/saker/${CASE_ID}?lang=nb`);
    const accessLog = page.getByTestId('case-access-log');
    await accessLog.waitFor();
    await expect
      .poll(() => accessLog.innerText())
      .toContain('Saksbehandler hos oss, Nasjonalt klageorgan for helsetjenesten');
    expect(await accessLog.innerText()).not.toMatch(/Siri/);

    // no fødselsnummer in any address or in browser storage; nothing left 127.0.0.1
    expect(urls.filter((u) => u.includes(PER.fnr))).toEqual([]);
    expect(
      await page.evaluate(() => JSON.stringify({ ...window.localStorage, ...window.sessionStorage })),
    ).not.toContain(PER.fnr);
    expect(external(urls)).toEqual([]);
  }, 240_000);
});

describe('logs', () => {
  it('hold no fødselsnummer, e-mail address or phone number, from any process', () => {
    const lines = stack.output.map((o) => `${o.name}: ${o.line}`);
    expect(lines.length).toBeGreaterThan(20);
    expect(findPersonalData(lines)).toEqual([]);
    expect(lines.join('\n')).not.toContain(PER.fnr);
    expect(lines.join('\n')).not.toContain('Jonas Journalist');
  });
});
