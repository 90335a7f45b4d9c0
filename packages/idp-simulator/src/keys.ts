import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK } from 'jose';
import type { JsonWebKey } from './types.js';

export type SigningKey = {
  /** The private JWK with `kid`, `alg: RS256` and `use: sig`. */
  privateJwk: JsonWebKey;
  /** The same key's public half, as published in the JWKS. */
  publicJwk: JsonWebKey;
  kid: string;
};

/** Takes a private RSA JWK (or generates one) and completes it with kid/alg/use. */
export async function loadSigningKey(given: JsonWebKey | undefined, label: string): Promise<SigningKey> {
  let jwk: JsonWebKey;
  if (given) {
    if (given.kty !== 'RSA' || typeof given.d !== 'string') {
      throw new Error(`signing key for ${label} must be a private RSA JWK`);
    }
    await importJWK({ ...given, alg: 'RS256' }, 'RS256'); // throws when the key is malformed
    jwk = { ...given };
  } else {
    const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
    jwk = await exportJWK(privateKey);
  }
  const { kty, n, e } = jwk;
  const kid = jwk.kid ?? (await calculateJwkThumbprint({ kty, n, e } as JsonWebKey));
  const privateJwk: JsonWebKey = { ...jwk, kid, alg: 'RS256', use: 'sig' };
  delete privateJwk.key_ops;
  delete privateJwk.ext;
  const publicJwk: JsonWebKey = { kty, n, e, kid, alg: 'RS256', use: 'sig' };
  return { privateJwk, publicJwk, kid };
}
