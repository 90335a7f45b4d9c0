import { err, ok, type Result } from '@klageportal/kit';
import {
  createLocalJWKSet,
  errors,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWK,
  jwtVerify,
  SignJWT,
} from 'jose';
import { z } from 'zod';
import { MANDATE_ROLES, type Principal, STAFF_ROLES } from './principal.js';

/**
 * The gateway vouches for each caller with a short-lived JWT per subgraph: ES256 (pinned, never
 * taken from the token header), audience = that subgraph, a minute at most.
 */
export const INTERNAL_TOKEN_ALG = 'ES256';
export const INTERNAL_TOKEN_ISSUER = 'klageportal-gateway';
const MAX_TTL_SECONDS = 60;

/** A principal as it travels in internal tokens and session resolution. */
export const principalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('anonymous') }),
  z.object({
    kind: z.literal('citizen'),
    personId: z.uuid(),
    acr: z.enum(['idporten-loa-substantial', 'idporten-loa-high']),
    consented: z.boolean(),
    actingFor: z.uuid().nullable(),
    actingAs: z.array(
      z.object({ role: z.enum(MANDATE_ROLES), caseNumber: z.string().max(32).nullable() }).strict(),
    ),
    sessionRef: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  z.object({ kind: z.literal('staff'), staffId: z.string().min(1), roles: z.array(z.enum(STAFF_ROLES)) }),
  z.object({ kind: z.literal('partner'), orgnr: z.string().regex(/^\d{9}$/), scopes: z.array(z.string()) }),
]);

export type InternalTokenError = 'MISSING' | 'INVALID' | 'EXPIRED' | 'WRONG_AUDIENCE';

export type InternalKeyPair = { privateJwk: JWK; publicJwks: JSONWebKeySet };

/** A fresh signing key for the gateway and the key set the subgraphs verify with. */
export async function generateInternalKeyPair(kid = `internal-${Date.now()}`): Promise<InternalKeyPair> {
  const { privateKey, publicKey } = await generateKeyPair(INTERNAL_TOKEN_ALG, { extractable: true });
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: INTERNAL_TOKEN_ALG, use: 'sig' };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: INTERNAL_TOKEN_ALG, use: 'sig' };
  return { privateJwk, publicJwks: { keys: [publicJwk] } };
}

/**
 * Signs an internal token for `principal` to `audience`. With `requestId`, the token names the
 * request it was made for (`rid`, informational: subgraphs take the request id from
 * `x-request-id` and verify nothing about it). Without, the token can serve several requests
 * of that principal to that audience within its lifetime (the gateway's token cache).
 */
export type InternalTokenSigner = (
  principal: Principal,
  audience: string,
  requestId?: string,
) => Promise<string>;

export async function createInternalTokenSigner(options: {
  privateJwk: JWK;
  ttlSeconds?: number;
}): Promise<InternalTokenSigner> {
  const ttl = Math.min(options.ttlSeconds ?? MAX_TTL_SECONDS, MAX_TTL_SECONDS);
  const key = await importJWK(options.privateJwk, INTERNAL_TOKEN_ALG);
  const kid = options.privateJwk.kid;
  return (principal, audience, requestId) =>
    new SignJWT(requestId === undefined ? { principal } : { principal, rid: requestId })
      .setProtectedHeader({ alg: INTERNAL_TOKEN_ALG, typ: 'JWT', ...(kid ? { kid } : {}) })
      .setIssuer(INTERNAL_TOKEN_ISSUER)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${ttl}s`)
      .sign(key);
}

export type InternalTokenVerifier = (
  token: string | undefined,
) => Promise<Result<Principal, InternalTokenError>>;

export function createInternalTokenVerifier(options: {
  publicJwks: JSONWebKeySet;
  audience: string;
}): InternalTokenVerifier {
  const keys = createLocalJWKSet(options.publicJwks);
  return async (token) => {
    if (!token) return err('MISSING');
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: INTERNAL_TOKEN_ISSUER,
        audience: options.audience,
        algorithms: [INTERNAL_TOKEN_ALG],
        maxTokenAge: `${MAX_TTL_SECONDS + 5}s`,
        requiredClaims: ['iat', 'exp'],
      });
      if (typeof payload.exp !== 'number' || typeof payload.iat !== 'number') return err('INVALID');
      if (payload.exp - payload.iat > MAX_TTL_SECONDS) return err('INVALID');
      const principal = principalSchema.safeParse(payload.principal);
      return principal.success ? ok(principal.data as Principal) : err('INVALID');
    } catch (error) {
      if (error instanceof errors.JWTExpired) return err('EXPIRED');
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud')
        return err('WRONG_AUDIENCE');
      return err('INVALID');
    }
  };
}

/** The bearer token of an Authorization header, if that is what it holds. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer ([A-Za-z0-9._~+/=-]+)$/);
  return match?.[1];
}
