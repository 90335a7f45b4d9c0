import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '@klageportal/kit';
import { createLocalJWKSet, decodeJwt, errors, importJWK, jwtVerify, SignJWT } from 'jose';
import type { SigningKey } from './keys.js';
import { readForm } from './oidc.js';
import type { MaskinportenClient } from './types.js';

export const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const GRANT_ALGS = ['RS256', 'RS384', 'RS512'];
/** Maskinporten's limit on exp − iat of a grant, and the access token lifetime. */
const MAX_GRANT_LIFETIME = 120;
const TOKEN_LIFETIME = 120;
/** Maskinporten allows ±10 s between its clock and the client's `iat`. */
const CLOCK_SKEW = 10;

export type MaskinportenOptions = {
  issuer: string;
  key: SigningKey;
  clients: MaskinportenClient[];
  logger: Logger;
};

class GrantError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}

/**
 * Maskinporten (RFC 7523 JWT-bearer grant), written with jose: metadata, JWKS and the token endpoint.
 * Returns a node:http handler for paths below the issuer's mount path.
 */
export async function createMaskinporten({ issuer, key, clients, logger }: MaskinportenOptions) {
  const log = logger.child({ idp: 'maskinporten' });
  const signingKey = await importJWK(key.privateJwk, 'RS256');
  const byId = new Map(
    clients.map((client) => [client.clientId, { ...client, keys: createLocalJWKSet(client.jwks) }]),
  );
  /** `clientId jti` → exp, for replay detection. */
  const used = new Map<string, number>();

  const metadata = {
    issuer,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwk`,
    grant_types_supported: [JWT_BEARER],
    token_endpoint_auth_methods_supported: ['private_key_jwt'],
    token_endpoint_auth_signing_alg_values_supported: GRANT_ALGS,
    scopes_supported: [...new Set(clients.flatMap((client) => client.scopes))],
    response_types_supported: ['token'],
  };
  const jwks = { keys: [key.publicJwk] };

  async function issue(form: URLSearchParams) {
    const grantType = form.get('grant_type');
    if (grantType !== JWT_BEARER) {
      throw new GrantError('unsupported_grant_type', `grant_type must be ${JWT_BEARER}`);
    }
    const assertion = form.get('assertion');
    if (!assertion) throw new GrantError('invalid_request', 'assertion is missing');

    let clientId: unknown;
    try {
      clientId = decodeJwt(assertion).iss;
    } catch {
      throw new GrantError('invalid_grant', 'assertion is not a JWT');
    }
    const client = typeof clientId === 'string' ? byId.get(clientId) : undefined;
    if (!client) throw new GrantError('invalid_client', 'unknown client (iss)');

    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(assertion, client.keys, {
        issuer: client.clientId,
        audience: [issuer, `${issuer}/`],
        algorithms: GRANT_ALGS,
        requiredClaims: ['iat', 'exp', 'jti'],
        clockTolerance: CLOCK_SKEW,
      }));
    } catch (err) {
      const reason = err instanceof errors.JOSEError ? err.code : 'ERR_INVALID';
      throw new GrantError('invalid_grant', `invalid assertion (${reason})`);
    }
    const now = Math.floor(Date.now() / 1000);
    const iat = payload.iat as number;
    const exp = payload.exp as number;
    const jti = payload.jti;
    if (exp - iat > MAX_GRANT_LIFETIME) {
      throw new GrantError('invalid_grant', `exp - iat must be at most ${MAX_GRANT_LIFETIME} seconds`);
    }
    if (iat > now + CLOCK_SKEW || iat < now - MAX_GRANT_LIFETIME - CLOCK_SKEW) {
      throw new GrantError('invalid_grant', 'iat is not within the allowed clock skew');
    }
    if (typeof jti !== 'string' || !jti) throw new GrantError('invalid_grant', 'jti must be a string');

    const requested = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [];
    if (requested.length === 0) throw new GrantError('invalid_scope', 'scope is missing');
    const unknown = requested.filter((scope) => !client.scopes.includes(scope));
    if (unknown.length) {
      throw new GrantError('invalid_scope', `client is not registered for scope(s): ${unknown.join(' ')}`);
    }

    const replayKey = `${client.clientId} ${jti}`;
    for (const [k, expiry] of used) if (expiry + CLOCK_SKEW < now) used.delete(k);
    if (used.has(replayKey))
      throw new GrantError('invalid_grant', 'the assertion (jti) has already been used');
    used.set(replayKey, exp);

    const resource = payload.resource;
    let audience: string | string[] | undefined;
    if (typeof resource === 'string') audience = resource;
    else if (Array.isArray(resource) && resource.every((r) => typeof r === 'string')) {
      audience = resource.length === 1 ? (resource[0] as string) : (resource as string[]);
    }

    const scope = requested.join(' ');
    const jwt = new SignJWT({
      client_id: client.clientId,
      client_amr: 'private_key_jwt',
      scope,
      token_type: 'Bearer',
      consumer: { authority: 'iso6523-actorid-upis', ID: `0192:${client.orgnr}` },
    })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
      .setIssuer(issuer)
      .setIssuedAt(now)
      .setExpirationTime(now + TOKEN_LIFETIME)
      .setJti(randomUUID());
    if (audience !== undefined) jwt.setAudience(audience);
    const accessToken = await jwt.sign(signingKey);
    log.info({ clientId: client.clientId, scope, audience }, 'access token issued');
    return { access_token: accessToken, token_type: 'Bearer', expires_in: TOKEN_LIFETIME, scope };
  }

  return async function handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (
        path === '/.well-known/oauth-authorization-server' ||
        path === '/.well-known/openid-configuration'
      ) {
        return send(200, metadata);
      }
      if (path === '/jwk' || path === '/jwks') return send(200, jwks);
    }
    if (path === '/token') {
      if (req.method !== 'POST')
        return send(405, { error: 'invalid_request', error_description: 'use POST' });
      const type = req.headers['content-type'] ?? '';
      if (!type.startsWith('application/x-www-form-urlencoded')) {
        return send(400, {
          error: 'invalid_request',
          error_description: 'the body must be application/x-www-form-urlencoded',
        });
      }
      try {
        return send(200, await issue(await readForm(req)));
      } catch (err) {
        if (err instanceof GrantError) {
          log.info({ error: err.error, description: err.description }, 'token request refused');
          return send(400, { error: err.error, error_description: err.description });
        }
        throw err;
      }
    }
    return send(404, { error: 'not_found' });
  };
}
