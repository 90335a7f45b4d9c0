import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * A small encrypted, authenticated cookie payload (AES-256-GCM) with an expiry: carries a
 * login's state, nonce and PKCE verifier from /auth/login to /auth/callback.
 */
export function seal(key: Buffer, payload: object, ttlMs: number, now = Date.now()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([
    cipher.update(JSON.stringify({ ...payload, exp: now + ttlMs })),
    cipher.final(),
  ]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

export function unseal<T>(key: Buffer, value: string | undefined, now = Date.now()): T | null {
  if (!value) return null;
  try {
    const raw = Buffer.from(value, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    const parsed = JSON.parse(text) as T & { exp: number };
    return parsed.exp > now ? parsed : null;
  } catch {
    return null;
  }
}
