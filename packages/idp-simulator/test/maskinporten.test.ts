import { randomUUID } from 'node:crypto';
import {
  type CryptoKey,
  createRemoteJWKSet,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from 'jose';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdpSimulator, MaskinportenClient } from '../src/index.js';
import { start } from './fixtures.js';

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

describe('Maskinporten simulator', () => {
  let sim: IdpSimulator;
  let clientKey: CryptoKey;
  let clientKey512: CryptoKey;
  let otherKey: CryptoKey;
  const kid = 'partner-key-1';
  let partner: MaskinportenClient;
  let metadata: { issuer: string; token_endpoint: string; jwks_uri: string };

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    clientKey = pair.privateKey;
    clientKey512 = (await importJWK(await exportJWK(pair.privateKey), 'RS512')) as CryptoKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    partner = {
      clientId: 'partner-client',
      orgnr: '123456785',
      scopes: ['klageportal:statistikk', 'klageportal:saker.read'],
      // no `alg` on the registered key: the client may sign with RS256, RS384 or RS512
      jwks: { keys: [{ ...(await exportJWK(pair.publicKey)), kid, use: 'sig' }] },
    };
    sim = await start({ maskinportenClients: [partner] });
    const response = await fetch(`${sim.issuers.maskinporten}/.well-known/oauth-authorization-server`);
    metadata = (await response.json()) as typeof metadata;
  });
  afterAll(() => sim.close());

  function grant(claims: JWTPayload = {}, key: CryptoKey = clientKey, alg = 'RS256') {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ scope: 'klageportal:statistikk', ...claims })
      .setProtectedHeader({ alg, kid })
      .setIssuer(partner.clientId)
      .setAudience((claims.aud as string | undefined) ?? sim.issuers.maskinporten)
      .setIssuedAt(now)
      .setExpirationTime(typeof claims.exp === 'number' ? claims.exp : now + 60)
      .setJti((claims.jti as string | undefined) ?? randomUUID())
      .sign(key);
  }

  async function token(assertion: string) {
    const response = await fetch(metadata.token_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: JWT_BEARER, assertion }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('publishes RFC 8414 metadata and a JWKS', async () => {
    expect(metadata.issuer).toBe(sim.issuers.maskinporten);
    expect(metadata.token_endpoint).toBe(`${sim.issuers.maskinporten}/token`);
    const jwks = (await (await fetch(metadata.jwks_uri)).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]?.d).toBeUndefined();
  });

  it('is found by openid-client discovery with the RFC 8414 algorithm', async () => {
    const config = await client.discovery(
      new URL(sim.issuers.maskinporten),
      partner.clientId,
      undefined,
      client.None(),
      { algorithm: 'oauth2', execute: [client.allowInsecureRequests] },
    );
    expect(config.serverMetadata().token_endpoint).toBe(metadata.token_endpoint);
  });

  it('issues a JWT access token for a grant signed with the client key', async () => {
    const { status, body } = await token(
      await grant({ scope: 'klageportal:statistikk klageportal:saker.read' }),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 120,
      scope: 'klageportal:statistikk klageportal:saker.read',
    });
    const accessToken = String(body.access_token);
    const header = decodeProtectedHeader(accessToken);
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    expect(header.kid).toBeTruthy();
    const { payload } = await jwtVerify(accessToken, createRemoteJWKSet(new URL(metadata.jwks_uri)), {
      issuer: sim.issuers.maskinporten,
      algorithms: ['RS256', 'RS384', 'RS512'],
    });
    expect(payload).toMatchObject({
      client_id: partner.clientId,
      client_amr: 'private_key_jwt',
      scope: 'klageportal:statistikk klageportal:saker.read',
      token_type: 'Bearer',
      consumer: { authority: 'iso6523-actorid-upis', ID: '0192:123456785' },
    });
    expect(payload.sub).toBeUndefined();
    expect(payload.aud).toBeUndefined();
    expect(typeof payload.jti).toBe('string');
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(120);
  });

  it('accepts the issuer with a trailing slash as aud, RS512, and puts resource into aud', async () => {
    const { status, body } = await token(
      await grant(
        { aud: `${sim.issuers.maskinporten}/`, resource: 'https://api.klageportal.test' },
        clientKey512,
        'RS512',
      ),
    );
    expect(status).toBe(200);
    const { payload } = await jwtVerify(
      String(body.access_token),
      createRemoteJWKSet(new URL(metadata.jwks_uri)),
      {
        issuer: sim.issuers.maskinporten,
        audience: 'https://api.klageportal.test',
      },
    );
    expect(payload.aud).toBe('https://api.klageportal.test');
  });

  it('refuses a grant signed with another key', async () => {
    const { status, body } = await token(await grant({}, otherKey));
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_grant');
  });

  it('refuses a replayed jti', async () => {
    const assertion = await grant();
    expect((await token(assertion)).status).toBe(200);
    const replay = await token(assertion);
    expect(replay.status).toBe(400);
    expect(replay.body.error).toBe('invalid_grant');
    const sameJti = await token(await grant({ jti: 'fixed-jti' }));
    expect(sameJti.status).toBe(200);
    expect((await token(await grant({ jti: 'fixed-jti' }))).status).toBe(400);
  });

  it('refuses a scope the client is not registered for', async () => {
    const { status, body } = await token(await grant({ scope: 'klageportal:statistikk klageportal:admin' }));
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_scope');
  });

  it('refuses a grant that lives longer than 120 seconds', async () => {
    const { status, body } = await token(await grant({ exp: Math.floor(Date.now() / 1000) + 121 }));
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_grant');
    expect(String(body.error_description)).toMatch(/120/);
  });

  it('refuses a wrong audience, an unknown client and another grant type', async () => {
    expect((await token(await grant({ aud: `${sim.url}/idporten` }))).status).toBe(400);
    const unknown = await new SignJWT({ scope: 'klageportal:statistikk' })
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer('nobody')
      .setAudience(sim.issuers.maskinporten)
      .setIssuedAt()
      .setExpirationTime('60s')
      .setJti(randomUUID())
      .sign(clientKey);
    expect((await token(unknown)).body.error).toBe('invalid_client');
    const response = await fetch(metadata.token_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe('unsupported_grant_type');
  });
});
