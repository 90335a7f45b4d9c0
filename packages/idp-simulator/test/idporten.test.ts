import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdpSimulator } from '../src/index.js';
import { Browser, formAction, hiddenInputs } from './browser.js';
import { authorizationRequest, discover, idportenClient, persons, RP, start } from './fixtures.js';

const HIGH = 'idporten-loa-high';
const SUBSTANTIAL = 'idporten-loa-substantial';

describe('ID-porten simulator', () => {
  let sim: IdpSimulator;
  let config: client.Configuration;
  let origin: string;

  beforeAll(async () => {
    sim = await start();
    origin = new URL(sim.url).origin;
    config = await discover(sim.issuers.idporten, idportenClient);
  });
  afterAll(() => sim.close());

  /** Authorization request → login page → submit → callback; returns the tokens and the request. */
  async function login(
    browser: Browser,
    form: Record<string, string>,
    extra: Record<string, string> = {},
  ): Promise<{ tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>; nonce: string }> {
    const request = await authorizationRequest(config, idportenClient, extra);
    const { page } = await browser.go(request.url, origin);
    expect(page.status).toBe(200);
    const { leftTo } = await browser.go(formAction(page.body, '/login', page.url), origin, { form });
    expect(leftTo?.href.startsWith(`${RP}/auth/callback?`)).toBe(true);
    const tokens = await client.authorizationCodeGrant(config, leftTo as URL, {
      pkceCodeVerifier: request.verifier,
      expectedState: request.state,
      expectedNonce: request.nonce,
      idTokenExpected: true,
    });
    return { tokens, nonce: request.nonce };
  }

  async function verifyIdToken(idToken: string) {
    const jwks = createRemoteJWKSet(new URL(config.serverMetadata().jwks_uri ?? ''));
    const { payload, protectedHeader } = await jwtVerify(idToken, jwks, {
      issuer: sim.issuers.idporten,
      audience: idportenClient.clientId,
      algorithms: ['RS256'],
    });
    return { payload, protectedHeader };
  }

  it('publishes discovery metadata under the /idporten issuer', () => {
    const metadata = config.serverMetadata();
    expect(metadata.issuer).toBe(sim.issuers.idporten);
    expect(metadata.issuer.endsWith('/')).toBe(false);
    expect(metadata.authorization_endpoint).toBe(`${sim.issuers.idporten}/authorize`);
    expect(metadata.end_session_endpoint).toBe(`${sim.issuers.idporten}/logout`);
    expect(metadata.code_challenge_methods_supported).toEqual(['S256']);
    expect(metadata.acr_values_supported).toEqual([SUBSTANTIAL, HIGH]);
    expect(metadata.response_types_supported).toEqual(['code']);
  });

  it('renders an accessible login page without inline script', async () => {
    const browser = new Browser();
    const { url } = await authorizationRequest(config, idportenClient);
    const { page } = await browser.go(url, origin);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.body).toContain('<html lang="nb">');
    expect(page.body).toContain('<title>ID-porten (testmiljø – simulator)</title>');
    expect(page.body).toContain('<h1>ID-porten (testmiljø – simulator)</h1>');
    expect(page.body).toContain('<label for="pid">Fødselsnummer</label>');
    expect(page.body).toMatch(/<button type="submit" name="action" value="typed">Logg inn<\/button>/);
    expect(page.body).toContain('Avbryt</button>');
    for (const person of persons) {
      expect(page.body).toContain(
        `value="${person.pid}" formnovalidate><span class="name">${person.name}</span>`,
      );
    }
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(page.body).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    const css = await browser.request(new URL('/idporten/assets/simulator.css', sim.url));
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
  });

  it('runs the code flow with PKCE, state and nonce; the ID token carries the ID-porten claims', async () => {
    const browser = new Browser();
    const person = persons[0] ?? { pid: '', name: '' };
    const { tokens, nonce } = await login(browser, { person: person.pid, acr: SUBSTANTIAL });
    const idToken = tokens.id_token ?? '';
    const { payload, protectedHeader } = await verifyIdToken(idToken);
    expect(protectedHeader.alg).toBe('RS256');
    expect(protectedHeader.kid).toBeTruthy();
    expect(payload.pid).toBe(person.pid);
    expect(payload.acr).toBe(SUBSTANTIAL);
    expect(payload.amr).toEqual(['TestID']);
    expect(typeof payload.sid).toBe('string');
    expect(payload.locale).toBe('nb');
    expect(payload.nonce).toBe(nonce);
    expect(typeof payload.auth_time).toBe('number');
    // pairwise sub: not the pid, stable per client
    expect(payload.sub).not.toBe(person.pid);
    expect(payload.sub).toMatch(/^[\w-]{43}$/);

    const userinfo = await client.fetchUserInfo(config, tokens.access_token, payload.sub ?? '');
    expect(userinfo).toEqual({ sub: payload.sub, pid: person.pid, locale: 'nb' });
  });

  it('gives acr high when acr_values asks for high, and treats acr_values as a minimum', async () => {
    const browser = new Browser();
    const request = await authorizationRequest(config, idportenClient, { acr_values: HIGH });
    const { page } = await browser.go(request.url, origin);
    expect(page.body).toMatch(/id="acr-substantial" value="idporten-loa-substantial" disabled/);
    expect(page.body).toMatch(/id="acr-high" value="idporten-loa-high" checked/);
    // a lower level than requested is raised to the minimum
    const { leftTo } = await browser.go(formAction(page.body, '/login', page.url), origin, {
      form: { person: persons[1]?.pid ?? '', acr: SUBSTANTIAL },
    });
    const tokens = await client.authorizationCodeGrant(config, leftTo as URL, {
      pkceCodeVerifier: request.verifier,
      expectedState: request.state,
      expectedNonce: request.nonce,
    });
    const { payload } = await verifyIdToken(tokens.id_token ?? '');
    expect(payload.acr).toBe(HIGH);
    expect(payload.pid).toBe(persons[1]?.pid);

    // high may be chosen when only substantial is required
    const second = await login(new Browser(), { person: persons[0]?.pid ?? '', acr: HIGH });
    expect((await verifyIdToken(second.tokens.id_token ?? '')).payload.acr).toBe(HIGH);
  });

  it('asks for a new login when an SSO session is below the requested minimum (step-up)', async () => {
    const browser = new Browser();
    await login(browser, { person: persons[0]?.pid ?? '', acr: SUBSTANTIAL });
    // same level: single sign-on, straight back to the client
    const sso = await authorizationRequest(config, idportenClient);
    expect((await browser.go(sso.url, origin)).leftTo?.searchParams.get('code')).toBeTruthy();
    // higher minimum: the login page again
    const stepUp = await authorizationRequest(config, idportenClient, { acr_values: HIGH });
    const { page, leftTo } = await browser.go(stepUp.url, origin);
    expect(leftTo).toBeUndefined();
    expect(page.body).toContain('<h1>ID-porten (testmiljø – simulator)</h1>');
  });

  it('passes a typed 11-digit number through as pid (a D-number too) and uses ui_locales', async () => {
    const dNumber = '47906701517';
    const { tokens } = await login(
      new Browser(),
      { pid: dNumber, acr: SUBSTANTIAL },
      { ui_locales: 'nn en' },
    );
    const { payload } = await verifyIdToken(tokens.id_token ?? '');
    expect(payload.pid).toBe(dNumber);
    expect(payload.locale).toBe('nn');
  });

  it('rejects a typed number that is not 11 digits on the login page', async () => {
    const browser = new Browser();
    const { url } = await authorizationRequest(config, idportenClient);
    const { page } = await browser.go(url, origin);
    const retry = await browser.request(formAction(page.body, '/login', page.url), {
      form: { pid: '1234', acr: SUBSTANTIAL },
    });
    expect(retry.status).toBe(400);
    expect(retry.body).toContain('role="alert"');
    expect(retry.body).toContain('aria-invalid="true"');
  });

  it('refuses an authorization request without code_challenge', async () => {
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: idportenClient.redirectUris[0] ?? '',
      scope: 'openid',
      state: 'st',
      nonce: 'nn',
    });
    const { leftTo } = await new Browser().go(url, origin);
    expect(leftTo?.searchParams.get('error')).toBe('invalid_request');
    expect(leftTo?.searchParams.get('error_description')).toMatch(/PKCE/);
    expect(leftTo?.searchParams.get('state')).toBe('st');
  });

  it('returns access_denied with the state when the user presses Avbryt', async () => {
    const browser = new Browser();
    const request = await authorizationRequest(config, idportenClient);
    const { page } = await browser.go(request.url, origin);
    const { leftTo } = await browser.go(formAction(page.body, '/abort', page.url), origin, { form: {} });
    expect(leftTo?.origin + (leftTo?.pathname ?? '')).toBe(`${RP}/auth/callback`);
    expect(leftTo?.searchParams.get('error')).toBe('access_denied');
    expect(leftTo?.searchParams.get('state')).toBe(request.state);
  });

  it('logs out without a confirmation page and returns to post_logout_redirect_uri with state', async () => {
    const browser = new Browser();
    const { tokens } = await login(browser, { person: persons[0]?.pid ?? '', acr: SUBSTANTIAL });
    const endSession = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token ?? '',
      post_logout_redirect_uri: idportenClient.postLogoutRedirectUris[0] ?? '',
      state: 'logout-state',
    });
    const { page } = await browser.go(endSession, origin);
    // The page only holds a form that a same-origin script submits at once.
    expect(page.status).toBe(200);
    expect(page.body).toContain('data-autosubmit');
    expect(page.body).toContain('<script src="/idporten/assets/autosubmit.js" defer></script>');
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)/);
    const script = await browser.request(new URL('/idporten/assets/autosubmit.js', sim.url));
    expect(script.headers.get('content-type')).toContain('javascript');
    const form = hiddenInputs(page.body);
    expect(form.logout).toBe('yes');
    const { leftTo } = await browser.go(formAction(page.body, '/logout/confirm', page.url), origin, { form });
    expect(leftTo?.href).toBe(`${RP}/logged-out?state=logout-state`);

    // the IdP session is gone: a new authorization request shows the login page again
    const again = await authorizationRequest(config, idportenClient);
    const next = await browser.go(again.url, origin);
    expect(next.leftTo).toBeUndefined();
    expect(next.page.body).toContain('<label for="pid">Fødselsnummer</label>');
  });

  it('also returns to post_logout_redirect_uri when there is no IdP session', async () => {
    const browser = new Browser();
    const endSession = client.buildEndSessionUrl(config, {
      client_id: idportenClient.clientId,
      post_logout_redirect_uri: idportenClient.postLogoutRedirectUris[0] ?? '',
      state: 's0',
    });
    const { page } = await browser.go(endSession, origin);
    // oidc-provider's own auto-submit page: its inline script is allowed by a hash added to the CSP
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
    const { leftTo } = await browser.go(formAction(page.body, '/logout/confirm', page.url), origin, {
      form: hiddenInputs(page.body),
    });
    expect(leftTo?.href).toBe(`${RP}/logged-out?state=s0`);
  });

  it('logs out with client_id instead of id_token_hint', async () => {
    const browser = new Browser();
    await login(browser, { person: persons[0]?.pid ?? '', acr: SUBSTANTIAL });
    const endSession = client.buildEndSessionUrl(config, {
      client_id: idportenClient.clientId,
      post_logout_redirect_uri: idportenClient.postLogoutRedirectUris[0] ?? '',
      state: 's2',
    });
    const { page } = await browser.go(endSession, origin);
    const { leftTo } = await browser.go(formAction(page.body, '/logout/confirm', page.url), origin, {
      form: hiddenInputs(page.body),
    });
    expect(leftTo?.href).toBe(`${RP}/logged-out?state=s2`);
  });
});

describe('ID-porten back-channel logout', () => {
  it('POSTs a signed logout_token with the session id to backchannelLogoutUri', async () => {
    const received: string[] = [];
    const rp = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        received.push(new URLSearchParams(body).get('logout_token') ?? '');
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => rp.listen(0, '127.0.0.1', resolve));
    const rpPort = (rp.address() as AddressInfo).port;
    const backchannel = { ...idportenClient, backchannelLogoutUri: `http://127.0.0.1:${rpPort}/backchannel` };
    const sim = await start({ idporten: { clients: [backchannel], persons } });
    try {
      const origin = new URL(sim.url).origin;
      const config = await discover(sim.issuers.idporten, backchannel);
      const browser = new Browser();
      const request = await authorizationRequest(config, backchannel);
      const { page } = await browser.go(request.url, origin);
      const { leftTo } = await browser.go(formAction(page.body, '/login', page.url), origin, {
        form: { person: persons[0]?.pid ?? '' },
      });
      const tokens = await client.authorizationCodeGrant(config, leftTo as URL, {
        pkceCodeVerifier: request.verifier,
        expectedState: request.state,
        expectedNonce: request.nonce,
      });
      const claims = tokens.claims();
      const logout = await browser.go(
        client.buildEndSessionUrl(config, {
          id_token_hint: tokens.id_token ?? '',
          post_logout_redirect_uri: backchannel.postLogoutRedirectUris[0] ?? '',
        }),
        origin,
      );
      await browser.go(formAction(logout.page.body, '/logout/confirm', logout.page.url), origin, {
        form: hiddenInputs(logout.page.body),
      });
      expect(received).toHaveLength(1);
      const logoutToken = received[0] ?? '';
      expect(decodeProtectedHeader(logoutToken).typ).toBe('logout+jwt');
      const jwks = createRemoteJWKSet(new URL(config.serverMetadata().jwks_uri ?? ''));
      const { payload } = await jwtVerify(logoutToken, jwks, {
        issuer: sim.issuers.idporten,
        audience: backchannel.clientId,
      });
      expect(payload.sid).toBe(claims?.sid);
      expect(payload.sub).toBe(claims?.sub);
      expect(payload.events).toEqual({ 'http://schemas.openid.net/event/backchannel-logout': {} });
    } finally {
      await sim.close();
      rp.close();
    }
  });
});
