import AxeBuilder from '@axe-core/playwright';
import { anonymous } from '@klageportal/federation';
import { graphql, until } from '@klageportal/testkit';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { external, launchChromium, recordRequests } from '../support/browser.js';
import { startTestStack, type TestStack } from '../support/stack.js';

type Overview = {
  viewer: { authenticated: boolean } | null;
  pressService: { answersFrom: string; answersTo: string; timeZone: string } | null;
  caseTypes: { code: string; name: string }[] | null;
  statistics: {
    year: number;
    received: number;
    decided: number;
    byCaseType: {
      caseType: { code: string; name: string; firstInstanceBody: { code: string } };
      received: number;
    }[];
  } | null;
};

/** One operation, four subgraphs: identity, press, cases, and stats → cases through an entity reference. */
const OVERVIEW = `query Overview($language: Language!) {
  viewer { authenticated }
  pressService { answersFrom answersTo timeZone }
  caseTypes { code name(language: $language) }
  statistics { year received decided byCaseType { caseType { code name(language: $language) firstInstanceBody { code } } received } }
}`;

let stack: TestStack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.dispose();
});

describe('through the gateway', () => {
  it('is the only way in: a subgraph called directly without its token answers 401', async () => {
    for (const url of [stack.urls.identity, stack.urls.cases, stack.urls.press, stack.urls.stats]) {
      const { status, body } = await graphql(url, '{ __typename }');
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
    }
  });

  it('answers one query from all four subgraphs, joining stats to cases by entity reference', async () => {
    const { status, body } = await graphql<Overview>(stack.urls.gateway, OVERVIEW, { language: 'NB' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const data = body.data!;
    expect(data.viewer).toEqual({ authenticated: false });
    expect(data.pressService).toEqual({ answersFrom: '09:00', answersTo: '14:00', timeZone: 'Europe/Oslo' });

    // stats' figures and cases' names for the same codes, each as its own subgraph answers it
    const direct = await graphql<{ statistics: Overview['statistics'] }>(
      stack.urls.stats,
      '{ statistics { year received byCaseType { caseType { code } received } } }',
      {},
      { authorization: `Bearer ${await stack.signInternalToken(anonymous, 'stats', 'e2e-request-01')}` },
    );
    const stats = direct.body.data!.statistics!;
    expect(data.statistics).toMatchObject({ year: stats.year, received: stats.received });
    const names = new Map(data.caseTypes!.map((t) => [t.code, t.name]));
    expect(data.statistics!.byCaseType.length).toBe(stats.byCaseType.length);
    for (const row of data.statistics!.byCaseType) {
      expect(row.caseType.name).toBe(names.get(row.caseType.code));
      expect(row.caseType.name.length).toBeGreaterThan(0);
      expect(row.caseType.firstInstanceBody.code).toMatch(/^[A-Z_]+$/);
    }
  });

  it('refuses personal data to anonymous callers with a stable code', async () => {
    const { body } = await graphql(
      stack.urls.gateway,
      '{ case(id: "6f1d2c1e-0001-4a6b-9d3e-000000000001") { caseNumber } pressInquiries { question } }',
    );
    expect(body.errors?.map((e) => e.extensions?.code).sort()).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
    expect(body.data).toEqual({ case: null, pressInquiries: null });
  });

  it('refuses an operation over a limit before asking any subgraph, with a stable code', async () => {
    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: pressService { openNow }`).join(' ');
    const res = await fetch(stack.urls.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: `{ ${aliases} }` }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['TOO_MANY_ALIASES']);
    expect(body.data ?? null).toBeNull();
    const large = await fetch(stack.urls.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: `{ pressService { openNow } }${' '.repeat(200_000)}` }),
    });
    expect(large.status).toBe(413);
    expect(
      ((await large.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('DOCUMENT_TOO_LARGE');
  });

  it('counts requests, errors and subgraph fetches for Prometheus at /metrics (this host only)', async () => {
    await fetch(stack.urls.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: 'query PublicStatistics { statistics { year received } }' }),
    });
    const res = await fetch(new URL('/metrics', stack.urls.gateway));
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(
      /klageportal_gateway_requests_total\{operation="PublicStatistics",outcome="ok"\} [1-9]/,
    );
    expect(text).toMatch(
      /klageportal_gateway_request_duration_seconds_bucket\{le="[^"]+",operation="PublicStatistics"\}/,
    );
    expect(text).toMatch(
      /klageportal_gateway_subgraph_duration_seconds_count\{subgraph="stats",outcome="ok"\} [1-9]/,
    );
    expect(text).toMatch(/klageportal_gateway_errors_total\{code="TOO_MANY_ALIASES"\} [1-9]/);
    // no principal, variable or person in any label
    expect(text).not.toMatch(/personId|kp_session|@example/);
  });

  it('refuses requests without the CSRF preflight header', async () => {
    const res = await fetch(
      `${stack.urls.gateway}?query=${encodeURIComponent('{ viewer { authenticated } }')}`,
    );
    expect(res.status).toBe(400);
  });

  it('answers a body it cannot read, or a document too long to parse, with a code and never a page or stack', async () => {
    const send = (body: string, contentType = 'application/json') =>
      fetch(stack.urls.gateway, {
        method: 'POST',
        headers: { 'content-type': contentType, 'apollo-require-preflight': 'true' },
        body,
      }).then(async (res) => ({
        status: res.status,
        type: res.headers.get('content-type'),
        text: await res.text(),
      }));
    const cases: [string, string | undefined, number, string][] = [
      ['{"query": ', undefined, 400, 'BAD_REQUEST'],
      ['null', undefined, 400, 'BAD_REQUEST'],
      ['42', undefined, 400, 'BAD_REQUEST'],
      ['{"query":"{ viewer { kind } }"}', 'application/json; charset=latin1', 415, 'UNSUPPORTED_MEDIA_TYPE'],
      [
        JSON.stringify({ query: `${'{ a'.repeat(6_000)}${' }'.repeat(6_000)}` }),
        undefined,
        400,
        'GRAPHQL_PARSE_FAILED',
      ],
      [
        JSON.stringify({
          query: `{ ...F0 } ${Array.from({ length: 2_500 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`).join(' ')} fragment F2500 on Query { viewer { kind } }`,
        }),
        undefined,
        400,
        // more tokens than the parser takes (the limit checks would overflow on such a chain)
        'GRAPHQL_PARSE_FAILED',
      ],
    ];
    for (const [body, contentType, status, code] of cases) {
      const answer = await send(body, contentType);
      expect(answer.status, body.slice(0, 30)).toBe(status);
      expect(answer.type).toMatch(/^application\/(graphql-response\+)?json/);
      expect(JSON.parse(answer.text).errors[0].extensions.code).toBe(code);
      expect(answer.text).not.toMatch(/<html|<pre|\bat \w|node_modules|call stack|RangeError/i);
    }
  });

  it('is closed to other origins (no CORS headers), and marks every answer nosniff, not frameable', async () => {
    const preflight = await fetch(stack.urls.gateway, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const { status, headers } = await fetch(stack.urls.gateway, {
      method: 'POST',
      headers: {
        origin: 'https://evil.example',
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
      },
      body: JSON.stringify({ query: '{ viewer { authenticated } }' }),
    });
    expect(status).toBe(200);
    expect(headers.get('access-control-allow-origin')).toBeNull();
    expect(headers.get('access-control-allow-credentials')).toBeNull();
    for (const url of [
      stack.urls.gateway,
      stack.urls.graphiql,
      `${new URL(stack.urls.gateway).origin}/auth/login`,
    ]) {
      const res = await fetch(url, { redirect: 'manual' });
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('limits how often one address may start a login (429 with Retry-After), not others', async () => {
    const login = (address: string) =>
      fetch(`${new URL(stack.urls.gateway).origin}/auth/login`, {
        redirect: 'manual',
        // the gateway believes the portal's server (loopback) about the caller's address
        headers: { 'x-forwarded-for': address },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 130; i++) statuses.push((await login('203.0.113.7')).status);
    const refused = statuses.indexOf(429);
    expect(refused).toBeGreaterThan(100);
    expect(statuses.slice(0, refused).every((s) => s === 303)).toBe(true);
    const over = await login('203.0.113.7');
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await over.text()).toMatch(/For mange forsøk/);
    expect((await login('203.0.113.8')).status).toBe(303);
  });
});

describe('the portal in Chromium', () => {
  for (const [lang, language, heading] of [
    ['nb', 'NB', 'Min side'],
    ['nn', 'NN', 'Mi side'],
  ] as const) {
    it(`shows statistics fetched through the gateway, in ${lang}, with no axe violations`, async () => {
      const { body } = await graphql<Overview>(stack.urls.gateway, OVERVIEW, { language });
      const stats = body.data!.statistics!;
      const context = await browser.newContext();
      const page = await context.newPage();
      const requests = recordRequests(page);
      await page.goto(`${stack.urls.portal}/?lang=${lang}`);
      const table = page.getByTestId('statistics-table');
      await table.waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
      const text = await table.innerText();
      for (const row of stats.byCaseType) expect(text).toContain(row.caseType.name);
      const format = new Intl.NumberFormat('nb-NO');
      expect(text.replace(/\s/g, '')).toContain(format.format(stats.received).replace(/\s/g, ''));
      expect(await page.getByTestId('press-hours').innerText()).toMatch(/09\.00.14\.00/);

      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      expect(external(requests)).toEqual([]);
      await context.close();
    });
  }
});

describe('GraphiQL at the gateway', () => {
  it('is for staff: an anonymous visitor is sent to the staff login', async () => {
    const res = await fetch(stack.urls.graphiql, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/auth/staff/login?returnTo=%2Fgraphiql%2F');
  });
});

describe('when a subgraph is down', () => {
  it('the gateway still answers the other subgraphs, with a masked error for the missing part', async () => {
    await stack.processes.find((p) => p.name === 'stats')!.stop();
    const { status, body } = await graphql<Overview>(stack.urls.gateway, OVERVIEW, { language: 'NB' });
    expect(status).toBe(200);
    expect(body.data!.viewer).toEqual({ authenticated: false });
    expect(body.data!.caseTypes!.length).toBeGreaterThan(0);
    expect(body.data!.statistics).toBeNull();
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(body.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);
    // still ready (it serves the rest), and says which subgraph is down
    const ready = await until(async () => {
      const res = await fetch(`${new URL(stack.urls.gateway).origin}/readyz`);
      const state = (await res.json()) as { status: string; subgraphs: Record<string, string> };
      return res.status === 200 && state.status === 'degraded' ? state : undefined;
    }, 10_000);
    expect(ready.subgraphs).toEqual({ identity: 'up', cases: 'up', press: 'up', stats: 'down' });
  });
});
