import { createHash } from 'node:crypto';
import { graphql, until } from '@klageportal/testkit';
import { importJWK, SignJWT } from 'jose';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { external, launchChromium, recordRequests } from '../support/browser.js';
import { findPersonalData } from '../support/personal-data.js';
import { noAxeViolations, sessionCookie } from '../support/portal.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { trustedDocument } from '../support/trusted-documents.js';

let stack: TestStack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.dispose();
});

async function loginAs(page: Page, name: string) {
  await page.goto(`${stack.urls.portal}/`);
  await page.getByRole('link', { name: /Logg inn/ }).click();
  await page.waitForURL(`${stack.urls.idp}/**`);
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await page.waitForURL(`${stack.urls.portal}/**`);
}

async function viewerOf(page: Page) {
  // what the portal's start page asks (a citizen session runs the portal's own operations only)
  return page.evaluate(async (query) => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query, variables: { language: 'NB' } }),
    });
    return (await res.json()).data.viewer;
  }, trustedDocument('StartPage'));
}

describe('a citizen in the portal', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext();
  });
  afterAll(() => context.close());

  it('logs in through ID-porten, consents on first login, sees their name, and logs out of the IdP too', async () => {
    const page = await context.newPage();
    const requests = recordRequests(page);
    await loginAs(page, 'Kari Testesen');

    // first login: consent before anything else, and no case data before it
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Samtykke/);
    expect(await viewerOf(page)).toMatchObject({
      authenticated: true,
      kind: 'CITIZEN',
      consentRequired: true,
    });
    await noAxeViolations(page);
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    await page.getByRole('button', { name: 'Jeg samtykker' }).click();
    await expect.poll(() => page.getByTestId('viewer-name').textContent()).toContain('Kari Testesen');
    expect(await viewerOf(page)).toMatchObject({
      consentRequired: false,
      person: { displayName: 'Kari Testesen' },
    });
    await noAxeViolations(page);

    // the session lives only in an HttpOnly cookie with an opaque value
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'kp_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('kp_session');

    await page.getByRole('button', { name: 'Logg ut' }).first().click();
    await page.waitForURL(`${stack.urls.portal}/**`);
    await expect.poll(async () => (await viewerOf(page)).authenticated).toBe(false);
    // the old cookie value opens nothing any more
    const replay = await graphql<{ viewer: { authenticated: boolean } }>(
      `${stack.urls.portal}/graphql`,
      '{ viewer { authenticated } }',
      {},
      { cookie: `kp_session=${session.value}` },
    );
    expect(replay.body.data?.viewer.authenticated).toBe(false);
    // and the IdP session is over: logging in again shows the login page, no silent SSO
    await page.getByRole('link', { name: /Logg inn/ }).click();
    await page.waitForURL(`${stack.urls.idp}/**`);
    await expect(page.getByRole('button', { name: /^Kari Testesen/ }).isVisible()).resolves.toBe(true);
    expect(external(requests)).toEqual([]);
    await page.close();
  });
});

describe('consent', () => {
  it('can be withdrawn, and then Min side asks for it again before anything else', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await loginAs(page, 'Etterlatt Eva Minnesen');
    await page.getByTestId('consent-status').waitFor();
    await page.getByRole('button', { name: 'Trekk tilbake samtykke' }).click();
    const dialog = page.getByTestId('withdraw-consent-dialog');
    await dialog.waitFor();
    await noAxeViolations(page);
    await dialog.getByRole('button', { name: 'Ja, trekk tilbake' }).click();
    await page.getByTestId('consent-form').waitFor();
    expect(await viewerOf(page)).toMatchObject({ consentRequired: true });
    await context.close();
  });
});

describe('contact information', () => {
  it('a lawyer sees their mobile and e-mail, and may not register a shared post-box', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await loginAs(page, 'Advokat Anne Eksempel');
    const section = page.getByTestId('contact-info');
    await expect
      .poll(() => section.getByTestId('contact-info-email').textContent())
      .toContain('@advokatfirma.example');
    const email = page.getByRole('textbox', { name: 'E-postadresse' });
    await email.fill('post@advokatfirma.example');
    await page.getByRole('button', { name: 'Lagre e-postadresse' }).click();
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    await email.fill('anne.direkte@advokatfirma.example');
    await page.getByRole('button', { name: 'Lagre e-postadresse' }).click();
    await expect.poll(() => page.getByTestId('contact-saved').textContent()).toContain('Lagret');
    await expect
      .poll(() => section.getByTestId('contact-info-email').textContent())
      .toContain('anne.direkte@advokatfirma.example');
    await noAxeViolations(page);
    await context.close();
  });
});

describe('trusted documents', () => {
  it('a citizen session runs the portal’s own operations only; staff, partners and anonymous callers any (within the limits)', async () => {
    const per = await sessionCookie(stack, browser, 'citizen', 'Per Klagesen');
    const startPage = trustedDocument('StartPage');
    const post = (body: unknown, cookie = per) =>
      fetch(stack.urls.gateway, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
        body: JSON.stringify(body),
      }).then(async (res) => ({ status: res.status, body: await res.json() }));

    // by id, as the portal sends it, and as its exact text
    const id = `sha256:${createHash('sha256').update(startPage).digest('hex')}`;
    const byId = await post({ documentId: id, variables: { language: 'NB' } });
    expect(byId.status).toBe(200);
    expect(byId.body.data.viewer).toMatchObject({ authenticated: true, kind: 'CITIZEN' });
    const byText = await post({ query: startPage, variables: { language: 'NB' } });
    expect(byText.body.data.viewer.person).toEqual(byId.body.data.viewer.person);

    // anything else from a citizen session is refused before it runs
    for (const body of [
      { query: '{ viewer { authenticated person { displayName } } }' },
      { query: `${startPage} `, variables: { language: 'NB' } },
      { documentId: id, query: '{ viewer { kind } }', variables: { language: 'NB' } },
    ]) {
      const refused = await post(body);
      expect(refused.status).toBe(400);
      expect(refused.body.data).toBeUndefined();
      expect(refused.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([
        'UNTRUSTED_DOCUMENT',
      ]);
    }
    const unknown = await post({ documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    // staff (GraphiQL) and anonymous callers may send their own documents
    const siri = await sessionCookie(stack, browser, 'staff', 'Saksbehandler Siri');
    const staff = await post({ query: '{ viewer { kind } }' }, siri);
    expect(staff.body.data).toEqual({ viewer: { kind: 'STAFF' } });
    const anonymous = await post({ query: '{ viewer { kind } }' }, '');
    expect(anonymous.body.data).toEqual({ viewer: { kind: 'ANONYMOUS' } });
  });
});

describe('request ids', () => {
  it('follow one request from the gateway into the subgraph’s log lines', async () => {
    const siri = await sessionCookie(stack, browser, 'staff', 'Saksbehandler Siri');
    const requestId = `e2e-trace-${Date.now()}`;
    const res = await fetch(stack.urls.gateway, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        cookie: siri,
        'x-request-id': requestId,
      },
      body: JSON.stringify({
        query: 'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { ok case { id } } }',
        variables: { input: { caseTypeCode: 'PSN_ANSVAR' } },
      }),
    });
    expect(res.headers.get('x-request-id')).toBe(requestId);
    const { data } = (await res.json()) as { data: { registerCase: { ok: boolean; case: { id: string } } } };
    expect(data.registerCase.ok).toBe(true);
    const line = await until(() => {
      const found = stack.output.find(
        (o) => o.name === 'cases' && o.line.includes(requestId) && o.line.includes('case registered'),
      );
      return found ? (JSON.parse(found.line) as Record<string, unknown>) : undefined;
    }, 10_000);
    expect(line).toMatchObject({ requestId, caseId: data.registerCase.case.id, principalKind: 'staff' });
    // a request id the caller makes up is taken only when well-formed (no made-up text in the logs)
    const odd = await fetch(stack.urls.gateway, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        'x-request-id': 'bad id <with spaces>',
      },
      body: JSON.stringify({ query: '{ viewer { kind } }' }),
    });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('input only a subgraph can check', () => {
  it('is refused as BAD_USER_INPUT (the subgraph’s code), not as a failing subgraph', async () => {
    const siri = await sessionCookie(stack, browser, 'staff', 'Saksbehandler Siri');
    const { status, body } = await graphql(
      stack.urls.gateway,
      'mutation($at: DateTime) { registerCase(input: { caseTypeCode: "PSN_ANSVAR", receivedAt: $at }) { ok } }',
      { at: 'yesterday' },
      { cookie: siri },
    );
    expect(status).toBe(200);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('who may use Min side', () => {
  it('refuses a person who has a guardian, with a page that explains why', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await loginAs(page, 'Ola Prøvesen');
    expect(new URL(page.url()).pathname).toBe('/ingen-tilgang');
    expect(new URL(page.url()).searchParams.get('grunn')).toBe('HAS_GUARDIAN');
    await expect.poll(() => page.locator('main').innerText()).toMatch(/verge/i);
    expect(await viewerOf(page)).toMatchObject({ authenticated: false });
    await noAxeViolations(page);
    await context.close();
  });

  it('lets the guardian log in and act for the person', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await loginAs(page, 'Verge Vera Hjelper');
    await expect.poll(() => page.getByTestId('viewer-name').textContent()).toContain('Verge Vera Hjelper');
    await page.getByRole('radio', { name: /Ola Prøvesen/ }).check();
    await page.getByRole('button', { name: 'Bytt' }).click();
    await expect.poll(() => page.getByTestId('acting-for').textContent()).toContain('Ola Prøvesen');
    expect(await viewerOf(page)).toMatchObject({ actingFor: { displayName: 'Ola Prøvesen' } });
    await noAxeViolations(page);
    await context.close();
  });

  it('refuses a D-number', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${stack.urls.portal}/`);
    await page.getByRole('link', { name: /Logg inn/ }).click();
    await page.waitForURL(`${stack.urls.idp}/**`);
    await page.getByLabel('Fødselsnummer').fill('45838510098'); // synthetic D-number (day + 40)
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL(`${stack.urls.portal}/ingen-tilgang**`);
    expect(new URL(page.url()).searchParams.get('grunn')).toBe('D_NUMBER');
    await expect.poll(() => page.locator('main').innerText()).toMatch(/fødselsnummer/i);
    await context.close();
  });

  it('never adopts a session id the browser brings (no session fixation)', async () => {
    const context = await browser.newContext();
    const planted = 'A'.repeat(43);
    await context.addCookies([{ name: 'kp_session', value: planted, url: stack.urls.portal }]);
    const page = await context.newPage();
    await loginAs(page, 'Per Klagesen');
    await expect.poll(() => page.getByTestId('viewer-name').textContent()).toContain('Per Klagesen');
    const session = (await context.cookies()).find((c) => c.name === 'kp_session')!;
    expect(session.value).not.toBe(planted);
    const withPlanted = await graphql<{ viewer: { authenticated: boolean } }>(
      `${stack.urls.portal}/graphql`,
      '{ viewer { authenticated } }',
      {},
      { cookie: `kp_session=${planted}` },
    );
    expect(withPlanted.body.data?.viewer.authenticated).toBe(false);
    await context.close();
  });

  it('never follows a returnTo that leaves the site', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
      const res = await fetch(`${stack.urls.portal}/auth/login?returnTo=${encodeURIComponent(returnTo)}`, {
        redirect: 'manual',
      });
      expect(res.status).toBe(303);
      expect(new URL(res.headers.get('location')!).origin).toBe(stack.urls.idp);
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${stack.urls.portal}/auth/login?returnTo=${encodeURIComponent('//evil.example/x')}`);
    await page.getByRole('button', { name: /^Per Klagesen/ }).click();
    await page.waitForURL(`${stack.urls.portal}/**`);
    expect(new URL(page.url()).origin).toBe(stack.urls.portal);
    await context.close();
  });
});

describe('staff', () => {
  it('reach GraphiQL only after the staff login, and only staff may introspect', async () => {
    const anon = await graphql(stack.urls.gateway, '{ __schema { queryType { name } } }');
    expect(anon.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = recordRequests(page);
    await page.goto(`${stack.urls.portal}/graphiql/`);
    await page.waitForURL(`${stack.urls.idp}/ansatt/**`);
    await page.getByRole('button', { name: /Analytiker Ane/ }).click();
    await page.waitForURL(`${stack.urls.portal}/graphiql/**`);
    await page.locator('section[aria-label="Operation Editor"] .monaco-editor').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: /^Execute query/ }).click();
    const result = page.locator('section[aria-label="Result Window"]');
    await expect
      .poll(async () => (await result.innerText()).replace(/\u00a0/g, ' '), { timeout: 30_000 })
      .toContain('"received"');
    expect(external(requests)).toEqual([]);
    await context.close();
  });
});

describe('NPE through Maskinporten', () => {
  async function tokenFor(client: TestStack['secrets']['npeClient']) {
    const issuer = `${stack.urls.idp}/maskinporten`;
    const now = Math.floor(Date.now() / 1000);
    const assertion = await new SignJWT({ scope: client.scopes.join(' ') })
      .setProtectedHeader({ alg: 'RS256', kid: client.privateJwk.kid! })
      .setIssuer(client.clientId)
      .setAudience(issuer)
      .setIssuedAt(now)
      .setExpirationTime(now + 60)
      .setJti(crypto.randomUUID())
      .sign(await importJWK(client.privateJwk, 'RS256'));
    const res = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { access_token: string }).access_token;
  }

  it('lets a client with the NPE scope in as a partner', async () => {
    const token = await tokenFor(stack.secrets.npeClient);
    const { status, body } = await graphql<{ viewer: { kind: string } }>(
      stack.urls.gateway,
      '{ viewer { kind } caseTypes { code } }',
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(status).toBe(200);
    expect(body.data?.viewer.kind).toBe('PARTNER');
  });

  it('reads complaints on NPE decisions only: status and outcome, never another body’s case', async () => {
    const token = await tokenFor(stack.secrets.npeClient);
    type Page = {
      partnerComplaints: {
        nodes: {
          caseNumber: string;
          status: string;
          decision: { outcome: string } | null;
          firstInstanceBody: { code: string };
        }[];
      };
    };
    const { body } = await graphql<Page>(
      stack.urls.gateway,
      '{ partnerComplaints { nodes { caseNumber status decision { outcome } firstInstanceBody { code } } } }',
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(body.errors).toBeUndefined();
    const nodes = body.data!.partnerComplaints.nodes;
    // only complaints on NPE's own decisions (the seed's 26/00101–103 and NPE background cases;
    // never the Helfo case 26/00104 or other bodies' background cases)
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.firstInstanceBody.code === 'NPE')).toBe(true);
    for (const caseNumber of ['26/00101', '26/00102', '26/00103']) {
      const one = await graphql<{
        partnerComplaint: { caseNumber: string; decision: { outcome: string } | null };
      }>(
        stack.urls.gateway,
        `{ partnerComplaint(caseNumber: "${caseNumber}") { caseNumber decision { outcome } } }`,
        {},
        { authorization: `Bearer ${token}` },
      );
      expect(one.body.data?.partnerComplaint?.caseNumber).toBe(caseNumber);
      if (caseNumber === '26/00103')
        expect(one.body.data!.partnerComplaint.decision).toEqual({ outcome: 'UPHELD' });
    }
    const other = await graphql(
      stack.urls.gateway,
      '{ partnerComplaint(caseNumber: "26/00104") { status } }',
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(other.body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    // and nothing about persons is reachable from a partner's complaint
    const parties = await graphql(
      stack.urls.gateway,
      '{ partnerComplaint(caseNumber: "26/00101") { parties { name } } }',
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(parties.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a client without the NPE scope with 403 and a clear error', async () => {
    const token = await tokenFor(stack.secrets.otherPartnerClient);
    const { status, body } = await graphql(
      stack.urls.gateway,
      '{ viewer { kind } }',
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(status).toBe(403);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(body.errors?.[0]?.message).toMatch(/scope/);
  });

  it('refuses a token it cannot verify with 401', async () => {
    const { status } = await graphql(
      stack.urls.gateway,
      '{ viewer { kind } }',
      {},
      { authorization: 'Bearer x.y.z' },
    );
    expect(status).toBe(401);
  });
});

describe('logs', () => {
  it('are scanned by a check that does catch personal data', () => {
    expect(
      findPersonalData(['{"pid":"15838510075"}', 'to kari@example.com', 'sms +4791234567', 'ok 200']),
    ).toHaveLength(3);
  });

  it('hold no fødselsnummer, e-mail address or phone number, from any process', () => {
    const lines = stack.output.map((o) => `${o.name}: ${o.line}`);
    expect(lines.length).toBeGreaterThan(20);
    expect(findPersonalData(lines)).toEqual([]);
    for (const p of stack.persons) expect(lines.join('\n')).not.toContain(p.fnr);
  });
});
