import { graphql, until } from '@klageportal/testkit';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { external, launchChromium, recordRequests } from '../support/browser.js';
import {
  citizenLogin,
  graphqlFromPage,
  headingsInOrder,
  noAxeViolations,
  staffLogin,
} from '../support/portal.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { sentDocument, trustedDocument } from '../support/trusted-documents.js';

/**
 * The public statistics in Chromium and through the gateway: /statistikk (anonymous, nb and en)
 * with a table for every chart, the chart library loaded there and nowhere else; a case officer's
 * decision travels from the cases service's event feed into the public figures; the open-data CSV
 * and JSON hold the GraphQL answer's numbers; the citizen's case page shows the expected
 * processing time as an estimate; and the case page survives the statistics going down.
 */

// Per Klagesen (synthetic) is the only party on the seeded case 26/00102 (PSN_UTMALING, not decided).
const PER_CASE = { id: '6f1d2c1e-0001-4a6b-9d3e-000000000002' };
/** The chunk the chart library is built into (`import('./charts')` on the statistics page). */
const CHART_CHUNK = /\/assets\/charts-[\w-]+\.js$/;

type Count = number | null;
interface Figures {
  year: number;
  threshold: number;
  received: Count;
  decided: Count;
  months: { month: string; received: Count; decided: Count }[];
  byCaseType: {
    caseType: { code: string };
    group: string;
    received: Count;
    decided: Count;
    processingTime: {
      decided: Count;
      medianWeeks: Count;
      p80Weeks: Count;
      p90Weeks: Count;
      suppressed: boolean;
    };
  }[];
  byCaseTypeGroup: { group: string; received: Count; decided: Count }[];
  byFirstInstanceBody: { firstInstanceBody: { code: string }; received: Count; decided: Count }[];
  outcomes: { outcome: string; count: Count }[];
}
interface CourtCases {
  total: Count;
  byStatus: { courtStatus: string; count: Count }[];
}

const FIGURES = `year threshold received decided
  months { month received decided }
  byCaseType { caseType { code } group received decided
    processingTime { decided medianWeeks p80Weeks p90Weeks suppressed } }
  byCaseTypeGroup { group received decided }
  byFirstInstanceBody { firstInstanceBody { code } received decided }
  outcomes { outcome count }`;

let stack: TestStack;
let browser: Browser;
let siri: Page;
const contexts: BrowserContext[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

/** Anonymous, straight to the gateway, as any client of the public API. */
async function publicFigures(year: number | null): Promise<{ statistics: Figures; court: CourtCases }> {
  const { status, body } = await graphql<{ statistics: Figures; patientInjuryCourtCases: CourtCases }>(
    stack.urls.gateway,
    `query($year: Int) { statistics(year: $year) { ${FIGURES} } patientInjuryCourtCases { total byStatus { courtStatus count } } }`,
    { year },
  );
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return { statistics: body.data!.statistics, court: body.data!.patientInjuryCourtCases };
}

/** `2026-11`: the month now is in Norway (the statistics count by Norwegian time). */
function monthInOslo(at = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
  })
    .formatToParts(at)
    .reduce<Record<string, string>>((all, p) => Object.assign(all, { [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}`;
}

function gatewayUrl(path: string): string {
  return new URL(path, stack.urls.gateway).toString();
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchChromium()]);
  siri = await newPage();
  await staffLogin(stack, siri, 'Saksbehandler Siri');
  await siri.getByTestId('staff-cases-table').waitFor();
  // (startTestStack returns once stats has projected every seeded case: the figures are settled.)
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await stack?.dispose();
});

/** Every chart is drawn, named, described, and points (aria-details) at a real table with the figures. */
async function chartsHaveTables(page: Page): Promise<number> {
  const charts = page.getByTestId('stats-chart');
  await expect.poll(() => charts.count()).toBeGreaterThanOrEqual(3);
  const count = await charts.count();
  for (let i = 0; i < count; i++) {
    const chart = charts.nth(i);
    await expect.poll(() => chart.getAttribute('data-state')).toBe('drawn');
    expect(await chart.getAttribute('role')).toBe('img');
    expect((await chart.getAttribute('aria-label'))?.trim()).toBeTruthy();
    const described = await chart.getAttribute('aria-describedby');
    expect((await page.locator(`[id="${described}"]`).innerText()).trim()).not.toBe('');
    const tableId = await chart.getAttribute('aria-details');
    const table = await page.evaluate((id) => {
      const el = id ? document.getElementById(id) : null;
      return el
        ? {
            tag: el.tagName,
            caption: el.querySelector('caption')?.textContent?.trim() ?? '',
            columnHeaders: el.querySelectorAll('thead th[scope="col"]').length,
            rowHeaders: el.querySelectorAll('tbody th[scope="row"]').length,
            cells: el.querySelectorAll('tbody td').length,
          }
        : null;
    }, tableId);
    expect(table).toMatchObject({ tag: 'TABLE' });
    expect(table!.caption).not.toBe('');
    expect(table!.columnHeaders).toBeGreaterThanOrEqual(2);
    expect(table!.rowHeaders).toBeGreaterThan(0);
    expect(table!.cells).toBeGreaterThan(0);
  }
  return count;
}

/** The figures a table shows, by row key: `data-value` of each cell ('' when suppressed). */
function tableValues(page: Page, section: string) {
  return page
    .getByTestId(section)
    .getByTestId('stats-table')
    .evaluate((table) =>
      Object.fromEntries(
        Array.from(table.querySelectorAll('tr[data-key]')).map((row) => [
          row.getAttribute('data-key'),
          Array.from(row.querySelectorAll('td')).map((td) => td.getAttribute('data-value')),
        ]),
      ),
    );
}

const cell = (value: Count) => (value === null ? '' : String(value));

describe('/statistikk, anonymous', () => {
  let latest: { statistics: Figures; court: CourtCases };

  it('in bokmål: charts each with a table, the figures of the GraphQL answer, «–» explained; axe 0; the chart library is loaded here', async () => {
    latest = await publicFigures(null); // the latest year with figures, as the page shows by default
    const page = await newPage();
    const requests = recordRequests(page);
    await page.goto(`${stack.urls.portal}/statistikk?lang=nb`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Statistikk');
    await page.getByTestId('stats-totals').waitFor();
    const year = latest.statistics.year;
    expect(await page.getByTestId('stats-totals').getByRole('heading').textContent()).toBe(
      `Mottatt og avgjort i ${year}`,
    );
    expect(
      await page.getByTestId('stats-total-received').locator('[data-value]').getAttribute('data-value'),
    ).toBe(cell(latest.statistics.received));

    expect(await chartsHaveTables(page)).toBe(4);
    await page
      .getByRole('img', { name: `Linjediagram: mottatte og avgjorte saker per måned i ${year}` })
      .waitFor();

    // the tables hold the API's figures, «–» where suppressed; the months so far (one still to
    // come is left out, not drawn as a fall to zero)
    expect(await tableValues(page, 'stats-months')).toEqual({
      ...Object.fromEntries(
        latest.statistics.months
          .filter((m) => m.month <= monthInOslo())
          .map((m) => [m.month, [cell(m.received), cell(m.decided)]]),
      ),
      total: [cell(latest.statistics.received), cell(latest.statistics.decided)],
    });
    expect(await tableValues(page, 'stats-outcomes')).toEqual({
      ...Object.fromEntries(latest.statistics.outcomes.map((o) => [o.outcome, [cell(o.count)]])),
      total: [cell(latest.statistics.decided)],
    });
    expect(await tableValues(page, 'stats-processing')).toEqual(
      Object.fromEntries(
        latest.statistics.byCaseType.map((t) => [
          t.caseType.code,
          [
            cell(t.processingTime.decided),
            cell(t.processingTime.medianWeeks),
            cell(t.processingTime.p80Weeks),
          ],
        ]),
      ),
    );
    expect(await tableValues(page, 'stats-court')).toEqual({
      ...Object.fromEntries(latest.court.byStatus.map((c) => [c.courtStatus, [cell(c.count)]])),
      total: [cell(latest.court.total)],
    });
    const suppressed = page.locator('td[data-suppressed="true"]');
    if ((await suppressed.count()) > 0) {
      expect(await suppressed.first().innerText()).toContain('–');
    }
    expect(await page.getByTestId('stats-about').innerText()).toContain(
      `Tall under ${latest.statistics.threshold} vises ikke, og heller ikke tall som kan avsløre dem.`,
    );
    expect(await page.getByTestId('stats-processing').innerText()).toMatch(/Median/);
    expect(await page.getByTestId('stats-processing').innerText()).toMatch(/anslag/);

    // downloads for the year shown
    expect(await page.getByRole('link', { name: `Tall for ${year} som CSV` }).getAttribute('href')).toBe(
      `/open-data/statistikk-${year}.csv`,
    );
    expect(await page.getByRole('link', { name: `Tall for ${year} som JSON` }).getAttribute('href')).toBe(
      `/open-data/statistikk-${year}.json`,
    );

    await page.setViewportSize({ width: 1100, height: 900 });
    // reflow: at 320 CSS pixels nothing needs sideways scrolling, the tables included
    await page.setViewportSize({ width: 320, height: 800 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1100, height: 900 });
    await noAxeViolations(page);
    await headingsInOrder(page);
    expect(requests.filter((u) => CHART_CHUNK.test(u))).toHaveLength(1);
    expect(requests.some((u) => u.startsWith(`${stack.urls.portal}/open-data/`))).toBe(false);
    expect(external(requests)).toEqual([]);
  });

  it('in English, with the year choice: an earlier year in the address, its figures, back again; axe 0', async () => {
    const page = await newPage();
    const requests = recordRequests(page);
    await page.goto(`${stack.urls.portal}/statistikk?lang=en`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Statistics');
    await page.getByTestId('stats-totals').waitFor();
    expect(await chartsHaveTables(page)).toBe(4);
    await page
      .getByRole('img', { name: /^Line chart: cases received and decided by month in \d{4}$/ })
      .waitFor();
    expect(await page.getByTestId('stats-about').innerText()).toContain('Figures under 5 are not shown');
    await noAxeViolations(page);
    await headingsInOrder(page);

    const years = page.getByRole('navigation', { name: 'Choose a year' });
    await years.waitFor();
    const shown = latest.statistics.year;
    expect(await years.getByRole('link', { name: String(shown) }).getAttribute('aria-current')).toBe('page');
    const earlier = shown - 1;
    await years.getByRole('link', { name: String(earlier) }).click();
    await page.waitForURL(/[?&]year=\d{4}/);
    expect(new URL(page.url()).searchParams.get('year')).toBe(String(earlier));
    await expect
      .poll(() => page.getByTestId('stats-totals').getByRole('heading').textContent())
      .toBe(`Received and decided in ${earlier}`);
    const before = await publicFigures(earlier);
    expect(await tableValues(page, 'stats-months')).toEqual({
      ...Object.fromEntries(
        before.statistics.months.map((m) => [m.month, [cell(m.received), cell(m.decided)]]),
      ),
      total: [cell(before.statistics.received), cell(before.statistics.decided)],
    });
    await expect
      .poll(() => page.getByTestId('stats-year-status').textContent())
      .toBe(`Showing figures for ${earlier}.`);
    expect(await years.getByRole('link', { name: String(earlier) }).getAttribute('aria-current')).toBe(
      'page',
    );
    await chartsHaveTables(page);
    await noAxeViolations(page);

    await page.goBack();
    await expect
      .poll(() => page.getByTestId('stats-totals').getByRole('heading').textContent())
      .toBe(`Received and decided in ${shown}`);
    // the chart library is one chunk, fetched once
    expect(requests.filter((u) => CHART_CHUNK.test(u))).toHaveLength(1);
    expect(external(requests)).toEqual([]);
  });

  it('the start page does not load the chart library; its statistics link to /statistikk, and so does the footer', async () => {
    const page = await newPage();
    const requests = recordRequests(page);
    await page.goto(`${stack.urls.portal}/?lang=nb`);
    await page.getByTestId('statistics-table').waitFor();
    await noAxeViolations(page);
    expect(requests.filter((u) => CHART_CHUNK.test(u))).toEqual([]);
    expect(
      await page.getByRole('contentinfo').getByRole('link', { name: 'Statistikk' }).getAttribute('href'),
    ).toBe('/statistikk');
    await page.getByTestId('statistics-more').click();
    await page.waitForURL(`${stack.urls.portal}/statistikk**`);
    await page.getByTestId('stats-chart').first().waitFor();
    await expect.poll(() => requests.filter((u) => CHART_CHUNK.test(u)).length).toBe(1);
    expect(external(requests)).toEqual([]);
  });
});

describe('a decision travels from the case events into the public figures', () => {
  it('Saksbehandler Siri registers and decides a case; received and decided go up by one for the month and the year', async () => {
    const month = monthInOslo();
    const year = Number(month.slice(0, 4));
    const before = (await publicFigures(year)).statistics;
    const monthBefore = before.months.find((m) => m.month === month)!;
    const upheldBefore = before.outcomes.find((o) => o.outcome === 'UPHELD')!.count;
    expect(before.received).not.toBeNull();
    expect(before.decided).not.toBeNull();

    const mutate = async (name: string, input: Record<string, unknown>, selection = 'case { id status }') => {
      const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
      const body = await graphqlFromPage<
        Record<string, { ok: boolean; error: unknown; case: { id: string } }>
      >(siri, `mutation($input: ${type}!) { ${name}(input: $input) { ok error { code } ${selection} } }`, {
        input,
      });
      expect(body.errors).toBeUndefined();
      expect(body.data![name]!.error).toBeNull();
      return body.data![name]!.case;
    };
    const registered = await mutate('registerCase', { caseTypeCode: 'PSN_ANSVAR' });
    await mutate('changeCaseStatus', { caseId: registered.id, to: 'UNDER_PREPARATION' });
    await mutate('changeCaseStatus', {
      caseId: registered.id,
      to: 'DECIDED',
      outcome: 'UPHELD',
      decidedAt: new Date().toISOString(),
    });

    // Each figure published before and after is one more; one that became suppressed says nothing.
    const pairs = (s: Figures) => {
      const m = s.months.find((x) => x.month === month)!;
      return [
        [before.received, s.received],
        [before.decided, s.decided],
        [monthBefore.received, m.received],
        [monthBefore.decided, m.decided],
        [upheldBefore, s.outcomes.find((o) => o.outcome === 'UPHELD')!.count],
      ] as const;
    };
    const after = await until(async () => {
      const now = (await publicFigures(year)).statistics;
      return pairs(now).every(([b, a]) => b === null || a === null || a === b + 1) ? now : undefined;
    });
    const compared = pairs(after).filter(([b, a]) => b !== null && a !== null);
    expect(compared.length).toBeGreaterThanOrEqual(2);
    for (const [b, a] of compared) expect(a).toBe(b! + 1);
    expect(after.received).toBe(before.received! + 1);
    expect(after.decided).toBe(before.decided! + 1);

    // and the public page shows the new totals
    const page = await newPage();
    await page.goto(`${stack.urls.portal}/statistikk?year=${year}`);
    await expect
      .poll(() => page.getByTestId('stats-total-received').locator('[data-value]').getAttribute('data-value'))
      .toBe(String(after.received));
    expect(
      await page.getByTestId('stats-total-decided').locator('[data-value]').getAttribute('data-value'),
    ).toBe(String(after.decided));
  });
});

describe('open data', () => {
  it('the CSV and JSON for the year (through the gateway and through the portal) hold the GraphQL answer’s numbers', async () => {
    const year = Number(monthInOslo().slice(0, 4));
    const { statistics: s, court } = await publicFigures(year);

    const expected = new Map<string, string>();
    const put = (dimension: string, key: string, measure: string, value: Count) =>
      expected.set(`${dimension},${key},${measure}`, cell(value));
    put('total', 'all', 'received', s.received);
    put('total', 'all', 'decided', s.decided);
    for (const m of s.months) {
      put('month', m.month, 'received', m.received);
      put('month', m.month, 'decided', m.decided);
    }
    for (const t of s.byCaseType) {
      put('case_type', t.caseType.code, 'received', t.received);
      put('case_type', t.caseType.code, 'decided', t.decided);
      put('case_type', t.caseType.code, 'processing_weeks_median', t.processingTime.medianWeeks);
      put('case_type', t.caseType.code, 'processing_weeks_p80', t.processingTime.p80Weeks);
      put('case_type', t.caseType.code, 'processing_weeks_p90', t.processingTime.p90Weeks);
    }
    for (const g of s.byCaseTypeGroup) {
      put('case_type_group', g.group, 'received', g.received);
      put('case_type_group', g.group, 'decided', g.decided);
    }
    for (const b of s.byFirstInstanceBody) {
      put('first_instance_body', b.firstInstanceBody.code, 'received', b.received);
      put('first_instance_body', b.firstInstanceBody.code, 'decided', b.decided);
    }
    for (const o of s.outcomes) put('outcome', o.outcome, 'decided', o.count);
    put('court_patient_injury', 'all', 'in_court_now', court.total);
    for (const c of court.byStatus) put('court_patient_injury', c.courtStatus, 'in_court_now', c.count);

    for (const base of [gatewayUrl('/'), `${stack.urls.portal}/`]) {
      const csvResponse = await fetch(new URL(`open-data/statistikk-${year}.csv`, base));
      expect(csvResponse.status).toBe(200);
      expect(csvResponse.headers.get('content-type')).toContain('text/csv');
      const [header, ...lines] = (await csvResponse.text()).trimEnd().split(/\r\n/);
      expect(header).toBe('year,dimension,key,measure,value');
      const csv = new Map<string, string>();
      for (const line of lines) {
        const [lineYear, dimension, key, measure, value] = line.split(',');
        expect(lineYear).toBe(String(year));
        csv.set(`${dimension},${key},${measure}`, value ?? '');
      }
      expect(csv).toEqual(expected);

      const jsonResponse = await fetch(new URL(`open-data/statistikk-${year}.json`, base));
      expect(jsonResponse.status).toBe(200);
      const json = await jsonResponse.json();
      expect(json).toMatchObject({
        year,
        suppressionThreshold: s.threshold,
        received: s.received,
        decided: s.decided,
        months: s.months,
        byCaseTypeGroup: s.byCaseTypeGroup,
        outcomes: s.outcomes,
        patientInjuryCourtCases: court,
      });
      expect(
        json.byCaseType.map(
          (t: {
            caseType: string;
            group: string;
            received: Count;
            decided: Count;
            processingWeeks: unknown;
          }) => [t.caseType, t.group, t.received, t.decided, t.processingWeeks],
        ),
      ).toEqual(
        s.byCaseType.map((t) => [
          t.caseType.code,
          t.group,
          t.received,
          t.decided,
          {
            median: t.processingTime.medianWeeks,
            p80: t.processingTime.p80Weeks,
            p90: t.processingTime.p90Weeks,
          },
        ]),
      );
      expect(
        json.byFirstInstanceBody.map(
          (b: { firstInstanceBodyCode: string; received: Count; decided: Count }) => [
            b.firstInstanceBodyCode,
            b.received,
            b.decided,
          ],
        ),
      ).toEqual(s.byFirstInstanceBody.map((b) => [b.firstInstanceBody.code, b.received, b.decided]));
    }
  });
});

describe('the case page', () => {
  let per: Page;

  it('shows Per Klagesen the expected processing time for the case type, marked as an estimate; axe 0', async () => {
    per = await newPage();
    await citizenLogin(stack, per, 'Per Klagesen');
    const operations: string[] = [];
    per.on('request', (request) => {
      if (request.url().endsWith('/graphql')) operations.push(sentDocument(request.postData() ?? '{}'));
    });
    await per.goto(`${stack.urls.portal}/saker/${PER_CASE.id}`);
    const section = per.getByTestId('case-expected-time');
    await section.waitFor();
    // what the page asked (the test's own call below goes through the page too)
    const asked = [...operations];
    expect(await section.getByRole('heading').textContent()).toBe(
      'Forventet saksbehandlingstid for denne sakstypen',
    );
    const { data } = await graphqlFromPage<{
      case: {
        caseType: {
          code: string;
          expectedProcessingTime: {
            decided: Count;
            medianWeeks: Count;
            p80Weeks: Count;
            suppressed: boolean;
          };
        };
      };
    }>(
      per,
      // a citizen session runs the portal's own operations only: the case page's
      trustedDocument('CasePage', 'expectedProcessingTime'),
      { id: PER_CASE.id, language: 'NB' },
    );
    const expected = data!.case.caseType.expectedProcessingTime;
    const weeks = (n: number) => (n === 0 ? 'under 1 uke' : n === 1 ? '1 uke' : `${n} uker`);
    if (expected.suppressed) {
      expect(await section.getAttribute('data-kind')).toBe('tooFew');
      expect(await section.getByTestId('case-expected-too-few').innerText()).toBe(
        'Vi har for få vedtak i saker av denne typen de siste tolv månedene til å anslå saksbehandlingstiden.',
      );
    } else {
      expect(await section.getAttribute('data-kind')).toBe('estimate');
      expect(await section.getByTestId('case-expected-estimate').innerText()).toBe('Anslag');
      expect(await section.getByTestId('case-expected-median').innerText()).toBe(
        weeks(expected.medianWeeks!),
      );
      expect(await section.getByTestId('case-expected-p80').innerText()).toBe(weeks(expected.p80Weeks!));
      const note = await section.getByTestId('case-expected-note').innerText();
      expect(note).toContain('de siste tolv månedene');
      expect(note).toContain('ikke et løfte');
      expect(await section.getByTestId('case-expected-basis').innerText()).toBe(
        `Anslaget bygger på ${expected.decided} vedtak.`,
      );
      expect(await section.innerText()).toContain('median');
    }
    // the case page asks once, the estimate included
    const casePage = asked.filter((body) => body.includes('query CasePage'));
    expect(casePage).toHaveLength(1);
    expect(casePage[0]).toContain('expectedProcessingTime');
    await noAxeViolations(per);
    await headingsInOrder(per);
  });

  it('when the statistics are down, the case is still shown (without the estimate), and /statistikk says the figures are unavailable', async () => {
    await stack.processes.find((p) => p.name === 'stats')!.stop();
    await per.reload();
    await per.getByTestId('case-page').waitFor();
    expect(await per.getByTestId('case-number').innerText()).toBe('26/00102');
    expect(await per.getByTestId('case-expected-time').count()).toBe(0);
    await noAxeViolations(per);

    const page = await newPage();
    await page.goto(`${stack.urls.portal}/statistikk`);
    await expect
      .poll(() => page.getByTestId('stats-page').innerText())
      .toMatch(/Statistikken er ikke tilgjengelig akkurat nå|Vi klarte ikke å hente innholdet/);
    expect(await page.getByTestId('stats-chart').count()).toBe(0);
    await noAxeViolations(page);
  });
});
