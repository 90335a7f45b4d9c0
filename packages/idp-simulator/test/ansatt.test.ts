import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdpSimulator } from '../src/index.js';
import { Browser, formAction, hiddenInputs } from './browser.js';
import { authorizationRequest, discover, RP, staffClient, staffUsers, start } from './fixtures.js';

describe('staff IdP simulator', () => {
  let sim: IdpSimulator;
  let config: client.Configuration;
  let origin: string;

  beforeAll(async () => {
    sim = await start();
    origin = new URL(sim.url).origin;
    config = await discover(sim.issuers.ansatt, staffClient);
  });
  afterAll(() => sim.close());

  it('lists the staff users and puts name, email and groups in the ID token', async () => {
    const browser = new Browser();
    const request = await authorizationRequest(config, staffClient, { scope: 'openid profile' });
    const { page } = await browser.go(request.url, origin);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Ansattinnlogging (testmiljø – simulator)</title>');
    for (const user of staffUsers) expect(page.body).toContain(`Logg inn som ${user.name}</button>`);

    const user = staffUsers[1] ?? staffUsers[0];
    const { leftTo } = await browser.go(formAction(page.body, '/login', page.url), origin, {
      form: { user: user?.id ?? '' },
    });
    const tokens = await client.authorizationCodeGrant(config, leftTo as URL, {
      pkceCodeVerifier: request.verifier,
      expectedState: request.state,
      expectedNonce: request.nonce,
    });
    const jwks = createRemoteJWKSet(new URL(config.serverMetadata().jwks_uri ?? ''));
    const { payload } = await jwtVerify(tokens.id_token ?? '', jwks, {
      issuer: sim.issuers.ansatt,
      audience: staffClient.clientId,
      algorithms: ['RS256'],
    });
    expect(payload).toMatchObject({
      sub: user?.id,
      name: user?.name,
      email: user?.email,
      groups: user?.groups,
      acr: 'Level4',
    });
    expect(typeof payload.sid).toBe('string');
    expect(payload.pid).toBeUndefined();

    // the two IdPs keep separate sessions: ID-porten still asks for a login
    const idportenConfig = await discover(sim.issuers.idporten, {
      clientId: 'klageportal-web',
      clientSecret: 'web-secret-0123456789',
      redirectUris: [`${RP}/auth/callback`],
      postLogoutRedirectUris: [],
    });
    const other = await authorizationRequest(idportenConfig, {
      clientId: 'klageportal-web',
      clientSecret: '',
      redirectUris: [`${RP}/auth/callback`],
      postLogoutRedirectUris: [],
    });
    expect((await browser.go(other.url, origin)).leftTo).toBeUndefined();

    // RP-initiated logout works the same way as for ID-porten
    const logout = await browser.go(
      client.buildEndSessionUrl(config, {
        id_token_hint: tokens.id_token ?? '',
        post_logout_redirect_uri: staffClient.postLogoutRedirectUris[0] ?? '',
        state: 'bye',
      }),
      origin,
    );
    const done = await browser.go(formAction(logout.page.body, '/logout/confirm', logout.page.url), origin, {
      form: hiddenInputs(logout.page.body),
    });
    expect(done.leftTo?.href).toBe(`${RP}/staff/logged-out?state=bye`);
  });

  it('accepts client_secret_basic as well as client_secret_post', async () => {
    const basic = await client.discovery(
      new URL(sim.issuers.ansatt),
      staffClient.clientId,
      undefined,
      client.ClientSecretBasic(staffClient.clientSecret),
      { execute: [client.allowInsecureRequests] },
    );
    const browser = new Browser();
    const request = await authorizationRequest(basic, staffClient);
    const { page } = await browser.go(request.url, origin);
    const { leftTo } = await browser.go(formAction(page.body, '/login', page.url), origin, {
      form: { user: staffUsers[0]?.id ?? '' },
    });
    const tokens = await client.authorizationCodeGrant(basic, leftTo as URL, {
      pkceCodeVerifier: request.verifier,
      expectedState: request.state,
      expectedNonce: request.nonce,
    });
    expect(tokens.claims()?.groups).toEqual(['case_officer']);
  });
});
