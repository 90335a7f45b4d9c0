import { readFile } from 'node:fs/promises';
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

// Synthetic persons (identity's seed): never real people.
const PER = { fnr: '09857826040', login: 'Per Klagesen', name: 'Per Klagesen' };
const ANNE = { fnr: '25867122098', login: 'Advokat Anne Eksempel', name: 'Anne Eksempel' };
const FNRS = [PER.fnr, ANNE.fnr];

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

/** A small PDF: enough for the content sniffing (it starts with `%PDF-` and ends with `%%EOF`). */
function pdf(text: string): Buffer {
  return Buffer.from(
    `%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}

/** An executable (a PE file starts with `MZ`), to be renamed `.pdf`. */
const EXECUTABLE = Buffer.concat([
  Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
  Buffer.alloc(256, 0x41),
]);

/** Registers a case in the console; returns its id and number. */
async function registerCase(page: Page): Promise<{ caseId: string; caseNumber: string }> {
  await page.goto(`${stack.urls.portal}/intern/ny`);
  const caseType = page.getByLabel('Sakstype');
  await expect.poll(() => caseType.locator('option').count()).toBeGreaterThan(1);
  await caseType.selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Registrer sak' }).click();
  await page.waitForURL(`${stack.urls.portal}/intern/saker/**`);
  const registered = page.getByTestId('staff-case');
  await registered.waitFor();
  return {
    caseId: (await registered.getAttribute('data-case-id'))!,
    caseNumber: (await registered.getAttribute('data-case-number'))!,
  };
}

/** Adds a party through the console's form (registerPerson, then addCaseParty). */
async function addParty(
  page: Page,
  party: { fnr: string; name: string; role: string; mobile: string; email: string },
) {
  const form = page.getByTestId('add-party-form');
  await form.getByLabel('Fødselsnummer').fill(party.fnr);
  await form.getByLabel('Navn').fill(party.name);
  await form.getByLabel('Rolle').selectOption(party.role);
  await form.getByLabel('Mobilnummer').fill(party.mobile);
  await form.getByLabel('E-postadresse').fill(party.email);
  await form.getByRole('button', { name: 'Legg til part' }).click();
  await expect.poll(() => page.getByTestId('add-party-status').textContent()).toContain(party.name);
}

const PER_PARTY = {
  fnr: PER.fnr,
  name: PER.name,
  role: 'COMPLAINANT',
  mobile: '91234567',
  email: 'per.klagesen@example.com',
};

/** Fills title and file in an upload form and sends it. */
async function upload(
  form: Locator,
  file: { name: string; mimeType: string; buffer: Buffer },
  title: string,
) {
  await form.getByLabel('Tittel', { exact: true }).fill(title);
  await form.getByLabel('Fil', { exact: true }).setInputFiles(file);
  await form.getByTestId('upload-submit').click();
}

/** The rows of the documents table, as [title, direction, category]. */
async function documentRows(page: Page) {
  const rows = page.getByTestId('document');
  const out: { title: string; direction: string; category: string; text: string }[] = [];
  for (const row of await rows.all()) {
    out.push({
      title: (await row.getByTestId('document-title').textContent()) ?? '',
      direction: (await row.getAttribute('data-direction')) ?? '',
      category: (await row.getAttribute('data-category')) ?? '',
      text: await row.innerText(),
    });
  }
  return out;
}

/** Clicks a link and returns the download's suggested name and bytes. */
async function download(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [event] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await event.path();
  return { name: event.suggestedFilename(), bytes: await readFile(path) };
}

/** The names in a zip's central directory (enough of the format to read a small, non-zip64 archive). */
function zipEntryNames(zip: Buffer): string[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

async function browserStorage(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify({ ...window.localStorage, ...window.sessionStorage }));
}

describe('documents both ways: the console, Min side and the whole case file', () => {
  const contexts: BrowserContext[] = [];
  const consoleLines: string[] = [];
  async function newPage() {
    const context = await browser.newContext({ acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    const urls = recordRequests(page);
    page.on('console', (message) => consoleLines.push(message.text()));
    return { page, urls };
  }
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  it('an officer sends a decision; the complainant downloads it and sends new information; the lawyer downloads the case file', async () => {
    // --- the case officer registers two cases: one with a lawyer, one without
    const officer = await newPage();
    const staff = officer.page;
    await staffLogin(staff, 'Saksbehandler Siri');
    const represented = await registerCase(staff);
    await addParty(staff, PER_PARTY);
    await addParty(staff, {
      fnr: ANNE.fnr,
      name: ANNE.name,
      role: 'LAWYER',
      mobile: '92345678',
      email: 'anne.eksempel@advokatfirma.example',
    });
    const own = await registerCase(staff);
    await addParty(staff, PER_PARTY);

    // --- on Per's own case, the officer adds an outgoing decision letter
    const decision = pdf('Vedtak i klagesaken');
    const addForm = staff.getByTestId('add-document-form');
    await staff.getByTestId('documents-empty').waitFor();
    // without a category, the form says so at the field and sends nothing
    await upload(addForm, { name: 'vedtak.pdf', mimeType: 'application/pdf', buffer: decision }, 'Vedtak');
    await expect.poll(() => addForm.getAttribute('data-error-code')).toBe('INVALID_CATEGORY');
    expect(await addForm.getByLabel('Dokumenttype').getAttribute('aria-invalid')).toBe('true');
    await addForm.getByLabel('Dokumenttype').selectOption('DECISION');
    await upload(
      addForm,
      { name: 'vedtak.pdf', mimeType: 'application/pdf', buffer: decision },
      'Vedtak i klagesaken',
    );
    await expect
      .poll(() => addForm.getByTestId('upload-status').textContent())
      .toContain('er lagt til i saken');
    await expect
      .poll(() => documentRows(staff))
      .toEqual([
        expect.objectContaining({ title: 'Vedtak i klagesaken', direction: 'OUT', category: 'DECISION' }),
      ]);
    expect((await documentRows(staff))[0]!.text).toContain('Fra oss');

    // Per (consented, e-mail registered on the case) is told by e-mail that something new is waiting,
    // with a link to Min side and nothing else: no case number, no document title, no name
    await expect
      .poll(
        () => stack.mailCatcher.messages().filter((mail) => mail.recipients.includes(PER_PARTY.email)).length,
        { timeout: 20_000, interval: 250 },
      )
      .toBeGreaterThan(0);
    const notice = stack.mailCatcher.messages().find((mail) => mail.recipients.includes(PER_PARTY.email))!;
    for (const part of [notice.subject, notice.text]) {
      expect(part).not.toContain(own.caseNumber);
      expect(part).not.toContain(own.caseNumber.replace('/', ''));
      expect(part).not.toContain('Vedtak i klagesaken');
      expect(part.toLowerCase()).not.toContain('vedtak');
      expect(part).not.toContain(PER.name);
      expect(part).not.toContain('Klagesen');
      expect(part).not.toContain(PER.fnr);
    }
    expect(notice.text).toContain(stack.urls.portal);
    // the form is empty again for the next document
    expect(await addForm.getByLabel('Tittel', { exact: true }).inputValue()).toBe('');
    await noAxeViolations(staff);
    await headingsInOrder(staff);

    // the officer also sends a letter on the represented case (for the lawyer's case file)
    await staff.goto(`${stack.urls.portal}/intern/saker/${represented.caseId}`);
    await staff.getByTestId('staff-case').waitFor();
    await addForm.getByLabel('Dokumenttype').selectOption('LETTER');
    await upload(
      addForm,
      { name: 'brev.pdf', mimeType: 'application/pdf', buffer: pdf('Brev til advokaten') },
      'Brev om saksforberedelse',
    );
    await expect
      .poll(() => addForm.getByTestId('upload-status').textContent())
      .toContain('er lagt til i saken');

    // --- Per, on his own case: sees the decision, downloads it, sends new information
    const complainant = await newPage();
    const per = complainant.page;
    await citizenLogin(per, PER.login);
    await per.goto(`${stack.urls.portal}/saker/${own.caseId}`);
    await per.getByTestId('case-documents').waitFor();
    const perDocs = await documentRows(per);
    expect(perDocs).toEqual([
      expect.objectContaining({ title: 'Vedtak i klagesaken', direction: 'OUT', category: 'DECISION' }),
    ]);
    expect(perDocs[0]!.text).toContain('Vedtak');
    expect(perDocs[0]!.text).toContain('Fra oss');
    expect(perDocs[0]!.text).toMatch(/vedtak\.pdf\s*\(\d+\sbyte\)/);
    const letter = await download(per, per.getByTestId('document-file').first());
    expect(letter.name).toBe('vedtak.pdf');
    expect(letter.bytes.equals(decision)).toBe(true);
    // every party who sees the case may download all of it; with no lawyer, Per may also send
    expect(await per.getByTestId('case-file-link').count()).toBe(1);
    const perForm = per.getByTestId('upload-form');
    await perForm.waitFor();
    await noAxeViolations(per);
    await headingsInOrder(per);

    // an executable renamed .pdf is refused by its content, with the translated message at the file field
    await upload(
      perForm,
      { name: 'journal.pdf', mimeType: 'application/pdf', buffer: EXECUTABLE },
      'Journal fra legevakten',
    );
    await expect.poll(() => perForm.getAttribute('data-error-code')).toBe('TYPE_NOT_ALLOWED');
    expect(await perForm.innerText()).toContain(
      'Vi kan ikke ta imot denne filtypen. Send PDF, JPG, PNG eller Word-dokument (DOCX). Vi sjekker hva filen inneholder, ikke bare navnet.',
    );
    expect(await perForm.getByLabel('Fil', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await documentRows(per)).toHaveLength(1);
    await noAxeViolations(per);

    // an empty file never leaves the browser
    await upload(
      perForm,
      { name: 'tom.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
      'Tom fil',
    );
    await expect.poll(() => perForm.getAttribute('data-error-code')).toBe('EMPTY_FILE');
    expect(await perForm.innerText()).toContain('Filen er tom. Velg en annen fil.');

    const information = pdf('Journal fra legevakten');
    await upload(
      perForm,
      { name: 'journal.pdf', mimeType: 'application/pdf', buffer: information },
      'Journal fra legevakten',
    );
    await expect
      .poll(() => perForm.getByTestId('upload-status').textContent())
      .toBe('«Journal fra legevakten» er sendt til oss og ligger nå blant dokumentene i saken.');
    expect(await perForm.getAttribute('data-error-code')).toBeNull();
    const afterUpload = await documentRows(per);
    expect(afterUpload.map((d) => [d.title, d.direction, d.category])).toEqual([
      ['Vedtak i klagesaken', 'OUT', 'DECISION'],
      ['Journal fra legevakten', 'IN', 'NEW_INFORMATION'],
    ]);
    expect(afterUpload[1]!.text).toContain('Til oss, fra klager');
    expect(afterUpload[1]!.text).toContain('Nye opplysninger');
    await noAxeViolations(per);
    await headingsInOrder(per);

    // the same page in nynorsk
    await per.goto(`${stack.urls.portal}/saker/${own.caseId}?lang=nn`);
    const docsNn = per.getByTestId('case-documents');
    await docsNn.waitFor();
    expect(await docsNn.getByRole('heading', { level: 2 }).textContent()).toBe('Dokument');
    expect(await docsNn.getByRole('heading', { level: 3 }).textContent()).toBe('Send nye opplysningar');
    expect(await docsNn.innerText()).toContain('Frå oss');
    expect(await docsNn.innerText()).toContain('Nye opplysningar');
    await noAxeViolations(per);
    await per.getByRole('button', { name: 'Bokmål' }).click();
    await expect.poll(() => docsNn.getByRole('heading', { level: 2 }).textContent()).toBe('Dokumenter');

    // --- the represented case: Per reads the documents but has no upload form, and cannot post one
    await per.goto(`${stack.urls.portal}/saker/${represented.caseId}`);
    await per.getByTestId('case-documents').waitFor();
    expect((await documentRows(per)).map((d) => d.title)).toEqual(['Brev om saksforberedelse']);
    expect(await per.getByTestId('case-upload').count()).toBe(0);
    expect(await per.getByTestId('case-may-not').innerText()).toContain('Laste opp nye opplysninger');
    const refused = await per.evaluate(async (caseId) => {
      const form = new FormData();
      form.append('caseId', caseId);
      form.append('title', 'Forsøk');
      form.append('file', new Blob(['%PDF-1.7\n%%EOF\n'], { type: 'application/pdf' }), 'x.pdf');
      const response = await fetch('/files/documents', {
        method: 'POST',
        body: form,
        headers: { 'x-klageportal-upload': '1' },
      });
      return { status: response.status, body: await response.json() };
    }, represented.caseId);
    expect(refused).toEqual({ status: 403, body: { error: 'UPLOAD_NOT_ALLOWED' } });
    await noAxeViolations(per);

    // --- the lawyer sends new information and downloads the whole case file
    const lawyer = await newPage();
    const anne = lawyer.page;
    await citizenLogin(anne, ANNE.login);
    await anne.goto(`${stack.urls.portal}/saker/${represented.caseId}`);
    const anneForm = anne.getByTestId('upload-form');
    await anneForm.waitFor();
    await upload(
      anneForm,
      { name: 'erklæring.pdf', mimeType: 'application/pdf', buffer: pdf('Erklæring fra spesialist') },
      'Erklæring fra spesialist',
    );
    await expect
      .poll(() => anneForm.getByTestId('upload-status').textContent())
      .toContain('er sendt til oss');
    const anneDocs = await documentRows(anne);
    expect(anneDocs.map((d) => [d.title, d.direction])).toEqual([
      ['Brev om saksforberedelse', 'OUT'],
      ['Erklæring fra spesialist', 'IN'],
    ]);
    expect(anneDocs[1]!.text).toContain('Til oss, fra advokat');
    const caseFileLink = anne.getByTestId('case-file-link');
    expect(await caseFileLink.textContent()).toBe('Last ned hele saksmappen');
    const caseFile = await download(anne, caseFileLink);
    expect(caseFile.name).toMatch(/\.zip$/);
    expect(caseFile.bytes.length).toBeGreaterThan(0);
    expect(caseFile.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const entries = zipEntryNames(caseFile.bytes);
    expect(entries).toContain('manifest.json');
    expect(entries.filter((name) => name.endsWith('.pdf'))).toHaveLength(2);
    await noAxeViolations(anne);
    await headingsInOrder(anne);

    // --- the officer sees Per's new information in the console
    await staff.goto(`${stack.urls.portal}/intern/saker/${own.caseId}`);
    await staff.getByTestId('case-documents').waitFor();
    const inConsole = await documentRows(staff);
    expect(inConsole.map((d) => [d.title, d.direction, d.category])).toEqual([
      ['Vedtak i klagesaken', 'OUT', 'DECISION'],
      ['Journal fra legevakten', 'IN', 'NEW_INFORMATION'],
    ]);
    const fromPer = await download(staff, staff.getByTestId('document-file').nth(1));
    expect(fromPer.bytes.equals(information)).toBe(true);
    await noAxeViolations(staff);
    await headingsInOrder(staff);

    // no fødselsnummer in any address, in browser storage, or in the browser console; nothing left 127.0.0.1
    for (const { page, urls } of [officer, complainant, lawyer]) {
      for (const fnr of FNRS) {
        expect(urls.filter((u) => u.includes(fnr))).toEqual([]);
        expect(await browserStorage(page)).not.toContain(fnr);
      }
      expect(external(urls)).toEqual([]);
    }
    for (const fnr of FNRS) expect(consoleLines.join('\n')).not.toContain(fnr);
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
