import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
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

/**
 * The press office in the portal, in Chromium: Pressevakt Per logs an inquiry about Per Klagesen's
 * case 26/00102 in the console, sees what may be said to that journalist (no waiver in the seed:
 * neither confirm nor deny), records the answer; a case officer gets nothing of the log; Per Klagesen
 * sees the press office's lookup in "who has seen my case", by role; the public page /presse.
 */

// Synthetic: Per Klagesen (identity's seed) is the only party on the seeded case 26/00102.
const PER_CASE = { id: '6f1d2c1e-0001-4a6b-9d3e-000000000002', number: '26/00102' };
const RITA = {
  journalist: 'Rita Demo',
  newsroom: 'Eksempel-TV',
  contact: 'rita.demo@eksempel-tv.example',
  question: 'Stemmer det at dere har fått en klage på legevakten i Eksempelby?',
  answer: 'Vi kan verken bekrefte eller avkrefte at vi har en slik sak.',
};
const NO_WAIVER = 'Verken bekreft eller avkreft at saken finnes';

let stack: TestStack;
let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchChromium()]);
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await stack?.dispose();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

/** Last Saturday (before today), noon: outside press hours, as the console's date-time field takes it. */
function lastSaturdayNoon(): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() - 1);
  while (day.getUTCDay() !== 6) day.setUTCDate(day.getUTCDate() - 1);
  return `${day.toISOString().slice(0, 10)}T12:00`;
}

/** The disclosure panel's decision, as the press officer reads it (without the "to whom" line). */
async function decisionText(panel: Locator) {
  return {
    level: await panel.getAttribute('data-level'),
    headline: await panel.getByTestId('disclosure-headline').innerText(),
    reason: await panel.getByTestId('disclosure-reason').innerText(),
    register: await panel.getByTestId('disclosure-register').innerText(),
    may: await panel.getByTestId('disclosure-may').count(),
    internal: await panel.getByTestId('disclosure-internal').count(),
  };
}

describe('the press console', () => {
  let press: Page;

  it('a press officer at /intern is shown the way to the press log, not "no access"', async () => {
    press = await newPage();
    await staffLoginTo(stack, press, 'Pressevakt Per');
    await press.getByTestId('staff-press-officer').waitFor();
    expect(await press.getByTestId('staff-no-access').count()).toBe(0);
    await noAxeViolations(press);
    await press.getByTestId('staff-press-link').click();
    await press.waitForURL(`${stack.urls.portal}/intern/presse`);
    await press.getByTestId('press-console').waitFor();
    expect(await press.getByRole('heading', { level: 1 }).textContent()).toBe('Pressehenvendelser');
    // the seeded entries, newest first
    await press.getByTestId('press-inquiry').first().waitFor();
    expect(await press.getByTestId('press-inquiry').count()).toBeGreaterThanOrEqual(2);
    expect(
      await press
        .getByRole('navigation')
        .getByRole('link', { name: 'Pressehenvendelser' })
        .getAttribute('aria-current'),
    ).toBe('page');
    await noAxeViolations(press);
    await headingsInOrder(press);
  });

  it('refuses an incomplete entry at its fields, with a summary that links there', async () => {
    const form = press.getByTestId('press-log-form');
    await form.getByLabel('Journalistens navn').fill('R');
    await form.getByLabel('Saksnummer (valgfritt)').fill('26-102');
    await form.getByTestId('press-log-submit').click();
    const summary = form.getByTestId('press-errors');
    await summary.waitFor();
    const text = await summary.innerText();
    expect(text).toContain('Skriv hvem journalisten spør for');
    expect(text).toContain('Skriv journalistens navn');
    expect(text).toContain('Skriv saksnummeret slik: 26/00102');
    expect(await form.getByLabel('Oppdragsgiver').getAttribute('aria-invalid')).toBe('true');
    await noAxeViolations(press);
    await summary.getByRole('link', { name: /Skriv journalistens navn/ }).click();
    expect(await form.getByLabel('Journalistens navn').evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
  });

  it('logs an inquiry about 26/00102 and shows what may be said: neither confirm nor deny (no waiver)', async () => {
    const form = press.getByTestId('press-log-form');
    const received = lastSaturdayNoon();
    await form.getByLabel('Mottatt', { exact: true }).fill(received);
    await form.getByLabel('Kanal').selectOption('EMAIL');
    await form.getByLabel('Oppdragsgiver').fill(RITA.newsroom);
    await form.getByLabel('Journalistens navn').fill(RITA.journalist);
    await form.getByLabel('Kontaktinformasjon').fill(RITA.contact);
    await form.getByLabel('Spørsmål').fill(RITA.question);
    await form.getByLabel('Saksnummer (valgfritt)').fill(PER_CASE.number);
    await form.getByTestId('press-log-submit').click();
    await expect
      .poll(() => form.getByTestId('press-log-status').textContent())
      .toBe('Henvendelsen fra Eksempel-TV er logget.');
    expect(await form.getByTestId('press-errors').count()).toBe(0);
    expect(await form.getByLabel('Journalistens navn').inputValue()).toBe('');

    const entry = press.getByTestId('press-inquiry').first();
    expect(await entry.innerText()).toContain(RITA.question);
    expect(await entry.getAttribute('data-status')).toBe('RECEIVED');
    const facts = await entry.locator('dl').innerText();
    for (const fact of [
      'E-post',
      RITA.newsroom,
      RITA.journalist,
      RITA.contact,
      PER_CASE.number,
      'Mottatt',
      'pressevakt-per',
      'Slettes',
    ]) {
      expect(facts).toContain(fact);
    }
    // received on a Saturday: handled from the next press hours
    expect(await entry.getByTestId('press-handled-from').innerText()).toMatch(
      /^Mottatt utenfor pressetid – behandles fra (mandag|tirsdag|onsdag) \d{1,2}\. \p{L}+ kl\. 09[.:]00$/u,
    );

    const disclosure = entry.getByTestId('disclosure');
    await disclosure.waitFor();
    expect(await decisionText(disclosure)).toEqual({
      level: 'NEITHER_CONFIRM_NOR_DENY',
      headline: NO_WAIVER,
      reason:
        'Vi har ikke fritak fra taushetsplikten overfor denne journalisten og redaksjonen. At noen har en klagesak hos oss, er en personsensitiv opplysning.',
      register:
        'Om helsepersonell har autorisasjon eller lisens, er offentlig og kan alltid oppgis: se Helsepersonellregisteret.',
      may: 0,
      internal: 0,
    });
    expect(await disclosure.innerText()).toContain('Til Rita Demo i Eksempel-TV om sak 26/00102');
    await noAxeViolations(press);
    await headingsInOrder(press);
  });

  it('marks it in progress, records the answer given, and shows it answered, in place', async () => {
    const entry = press.getByTestId('press-inquiry').filter({ hasText: RITA.question });
    await entry.getByTestId('press-mark-in-progress').click();
    await expect.poll(() => entry.getByTestId('press-status').textContent()).toBe('Under arbeid');
    expect(await entry.getByTestId('press-entry-status').textContent()).toBe(
      'Statusen er endret til «Under arbeid».',
    );

    await entry.getByTestId('press-answer-submit').click();
    await expect
      .poll(() => entry.getByTestId('press-answer-form').getAttribute('data-error-code'))
      .toBe('INVALID_ANSWER');
    expect(await entry.getByLabel('Svaret du ga').getAttribute('aria-invalid')).toBe('true');

    await entry.getByLabel('Svaret du ga').fill(RITA.answer);
    await entry.getByTestId('press-answer-submit').click();
    await expect
      .poll(() => entry.getByTestId('press-answer-status').textContent())
      .toBe('Svaret er lagret, og henvendelsen er besvart.');
    expect(await entry.getByTestId('press-status').textContent()).toBe('Besvart');
    expect(await entry.getAttribute('data-status')).toBe('ANSWERED');
    expect(await entry.getByTestId('press-answer').innerText()).toBe(RITA.answer);
    await noAxeViolations(press);

    // after a reload the answer is there; an answered entry is looked up only when asked
    await press.reload();
    const again = press.getByTestId('press-inquiry').filter({ hasText: RITA.question });
    await again.waitFor();
    expect(await again.getByTestId('press-status').textContent()).toBe('Besvart');
    expect(await again.getByTestId('disclosure').count()).toBe(0);
    await again.getByTestId('disclosure-show').click();
    await expect
      .poll(() => again.getByTestId('disclosure').getAttribute('data-level'))
      .toBe('NEITHER_CONFIRM_NOR_DENY');

    // closing is final: no more answer or status buttons
    await again.getByTestId('press-close').click();
    await expect.poll(() => again.getByTestId('press-status').textContent()).toBe('Lukket');
    expect(await again.getByTestId('press-answer-form').count()).toBe(0);
    expect(await again.getByTestId('press-close').count()).toBe(0);
    await noAxeViolations(press);
    await headingsInOrder(press);
  });

  it('looks a case up without logging; a number no case has gets exactly the answer without a waiver', async () => {
    const before = await press.getByTestId('press-inquiry').count();
    const lookup = press.getByTestId('press-lookup');
    await lookup.getByLabel('Saksnummer', { exact: true }).fill(PER_CASE.number);
    await lookup.getByLabel('Journalistens navn').fill(RITA.journalist);
    await lookup.getByLabel('Oppdragsgiver').fill(RITA.newsroom);
    await lookup.getByTestId('press-lookup-submit').click();
    const panel = lookup.getByTestId('disclosure');
    await panel.waitFor();
    const known = await decisionText(panel);
    expect(known).toMatchObject({ level: 'NEITHER_CONFIRM_NOR_DENY', headline: NO_WAIVER });

    await lookup.getByLabel('Saksnummer', { exact: true }).fill('26/09999');
    await lookup.getByTestId('press-lookup-submit').click();
    await expect.poll(() => lookup.getByTestId('disclosure').innerText()).toContain('om sak 26/09999');
    expect(await decisionText(lookup.getByTestId('disclosure'))).toEqual(known);
    expect(await lookup.innerText()).not.toMatch(/finnes ikke|ingen sak|fant ikke/i);
    expect(await press.getByTestId('press-inquiry').count()).toBe(before);
    await noAxeViolations(press);
    await headingsInOrder(press);
  });
});

describe('others than press officers', () => {
  it('a case officer opening /intern/presse sees no access and nothing of the log; her own call is FORBIDDEN', async () => {
    const page = await newPage();
    const bodies: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) bodies.push(sentDocument(request.postData() ?? '{}'));
    });
    await staffLoginTo(stack, page, 'Saksbehandler Siri');
    // her own console has no way to the press log
    await page.getByTestId('staff-cases-table').waitFor();
    expect(await page.getByRole('link', { name: 'Pressehenvendelser' }).count()).toBe(0);
    await page.goto(`${stack.urls.portal}/intern/presse`);
    await page.getByTestId('staff-no-access').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Du har ikke tilgang til pressehenvendelsene',
    );
    expect(await page.getByTestId('press-console').count()).toBe(0);
    const html = await page.content();
    for (const text of [
      RITA.journalist,
      RITA.question,
      RITA.contact,
      RITA.newsroom,
      'Jens Prøve',
      'Testavisa',
    ]) {
      expect(html).not.toContain(text);
    }
    // the page asked for nothing of the log
    expect(bodies.some((b) => b.includes('pressInquiries') || b.includes('pressCase'))).toBe(false);
    await noAxeViolations(page);

    const body = await graphqlFromPage<{ pressInquiries: unknown }>(
      page,
      'query { pressInquiries(first: 20) { id journalistName question } }',
    );
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(body.data?.pressInquiries ?? null).toBeNull();
    expect(JSON.stringify(body)).not.toContain(RITA.journalist);
  });

  it('an analyst is refused the press log too', async () => {
    const page = await newPage();
    await staffLoginTo(stack, page, 'Analytiker Ane');
    await page.getByTestId('staff-no-access').waitFor();
    await page.goto(`${stack.urls.portal}/intern/presse`);
    await page.getByTestId('staff-no-access').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Du har ikke tilgang til pressehenvendelsene',
    );
    expect(await page.content()).not.toContain(RITA.journalist);
  });

  it('the complainant sees the press office’s lookups in "who has seen my case", by role and never by name', async () => {
    const page = await newPage();
    await citizenLoginTo(stack, page, 'Per Klagesen');
    await page.goto(`${stack.urls.portal}/saker/${PER_CASE.id}`);
    const log = page.getByTestId('case-access-log');
    await log.waitFor();
    const lookups = log.locator('[data-testid="access-entry"][data-action="PRESS_LOOKUP"]');
    expect(await lookups.count()).toBeGreaterThan(0);
    expect(await log.locator('[data-testid="access-entry"][data-actor-role="PRESS_OFFICER"]').count()).toBe(
      await lookups.count(),
    );
    const row = await lookups.first().innerText();
    expect(row).toContain('Pressevakten hos oss, Nasjonalt klageorgan for helsetjenesten');
    expect(row).toContain('Sjekket hva vi kan si til pressen om saken');
    const text = await log.innerText();
    expect(text).not.toMatch(/Pressevakt Per|pressevakt-per|Rita Demo|Eksempel-TV/);
    await noAxeViolations(page);
  });
});

describe('the public press page', () => {
  it('/presse gives the press hours, open now or the next opening, and the rules, without login; linked from the footer', async () => {
    const page = await newPage();
    await page.goto(`${stack.urls.portal}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'For presse' }).click();
    await page.waitForURL(`${stack.urls.portal}/presse`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('For presse');
    await expect
      .poll(() => page.getByTestId('press-page-hours').textContent())
      .toBe('Vi svarer på pressehenvendelser hverdager kl. 09.00–14.00 (norsk tid), ikke på helligdager.');
    const open = page.getByTestId('press-page-open');
    expect(await open.innerText()).toMatch(
      (await open.getAttribute('data-open')) === 'true'
        ? /^Pressevakten er åpen nå, til kl\. 14.00\.$/
        : /^Pressevakten er stengt nå\. Vi svarer igjen \p{L}+ \d{1,2}\. \p{L}+ kl\. 09[.:]00\.$/u,
    );
    expect(await page.getByTestId('press-page-cases').innerText()).toContain(
      'uttaler vi oss bare om gangen i saken',
    );
    expect(await page.getByTestId('press-page-court').innerText()).toContain(
      'dommer som ikke er rettskraftige',
    );
    await noAxeViolations(page);
    await headingsInOrder(page);
  });
});

describe('logs', () => {
  it('no process wrote the journalist’s name, contact, question or answer', () => {
    const lines = stack.output.map((o) => `${o.name}: ${o.line}`);
    expect(lines.length).toBeGreaterThan(20);
    const text = lines.join('\n');
    for (const secret of [
      RITA.journalist,
      RITA.contact,
      RITA.question,
      RITA.answer,
      RITA.newsroom,
      'Eksempelby',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(findPersonalData(lines)).toEqual([]);
  });
});
