import { err, ok, type Result } from '@klageportal/kit';
import { createLocalJWKSet, importJWK, type JSONWebKeySet, type JWK, jwtVerify, SignJWT } from 'jose';
import { INTERNAL_TOKEN_ALG } from './internal-token.js';

/**
 * One service calling another on its own behalf (not a user's): stats reading the case-event
 * feed of cases, say. The caller signs with a key of its own, which the callee trusts for that
 * one route only — never the gateway's key, so a service cannot speak for a user, and the
 * gateway's key cannot open a service route. ES256 (pinned), issuer `klageportal-service:<name>`,
 * audience the route's owner, a minute at most.
 */
const MAX_TTL_SECONDS = 60;
const issuerOf = (service: string) => `klageportal-service:${service}`;

export type ServiceTokenSigner = (audience: string) => Promise<string>;

export async function createServiceTokenSigner(options: {
  service: string;
  privateJwk: JWK;
}): Promise<ServiceTokenSigner> {
  const key = await importJWK(options.privateJwk, INTERNAL_TOKEN_ALG);
  const kid = options.privateJwk.kid;
  return (audience) =>
    new SignJWT({})
      .setProtectedHeader({ alg: INTERNAL_TOKEN_ALG, typ: 'JWT', ...(kid ? { kid } : {}) })
      .setIssuer(issuerOf(options.service))
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${MAX_TTL_SECONDS}s`)
      .sign(key);
}

export type ServiceTokenVerifier = (
  token: string | undefined,
) => Promise<Result<true, 'MISSING' | 'INVALID'>>;

/** Accepts only tokens of `service`, signed with one of its keys, for `audience`. */
export function createServiceTokenVerifier(options: {
  service: string;
  publicJwks: JSONWebKeySet;
  audience: string;
}): ServiceTokenVerifier {
  const keys = createLocalJWKSet(options.publicJwks);
  return async (token) => {
    if (!token) return err('MISSING');
    try {
      await jwtVerify(token, keys, {
        issuer: issuerOf(options.service),
        audience: options.audience,
        algorithms: [INTERNAL_TOKEN_ALG],
        maxTokenAge: `${MAX_TTL_SECONDS + 5}s`,
        requiredClaims: ['iat', 'exp'],
      });
      return ok(true);
    } catch {
      return err('INVALID');
    }
  };
}
