import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { type Fodselsnummer, parseFodselsnummer } from '../domain/fodselsnummer.js';

/**
 * Keeps fødselsnummer out of the database in the clear: AES-256-GCM with a random 96-bit IV for
 * storage, and a keyed hash (HMAC-SHA256) for look-ups. Two separate 32-byte keys from config.
 *
 * Ciphertext format: `v1:` + base64(iv ‖ ciphertext ‖ tag), authenticated with a fixed
 * associated-data label so a ciphertext cannot be passed off as some other encrypted field.
 * The version prefix leaves room for key rotation (a `v2:` with a new key, decrypting both).
 */
export type FnrVault = {
  encrypt(fnr: Fodselsnummer): string;
  /** Throws if the text was not made by this vault's key or was altered. */
  decrypt(encrypted: string): Fodselsnummer;
  /** Hex HMAC-SHA256 of the digits: the same number gives the same hash, under this key only. */
  hash(fnr: Fodselsnummer): string;
};

export type FnrVaultKeys = { encryptionKey: Buffer; hashKey: Buffer };

const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const AAD = Buffer.from('klageportal/identity/person.fnr/v1');

export function createFnrVault(keys: FnrVaultKeys): FnrVault {
  if (keys.encryptionKey.length !== 32) throw new Error('fnr vault: encryptionKey must be 32 bytes');
  if (keys.hashKey.length !== 32) throw new Error('fnr vault: hashKey must be 32 bytes');
  if (timingSafeEqual(keys.encryptionKey, keys.hashKey)) {
    throw new Error('fnr vault: encryptionKey and hashKey must differ');
  }
  // Own copies: the caller's buffers may be reused or zeroed.
  const encryptionKey = Buffer.from(keys.encryptionKey);
  const hashKey = Buffer.from(keys.hashKey);

  return {
    encrypt(fnr) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, encryptionKey, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(AAD);
      const body = Buffer.concat([cipher.update(fnr.value, 'utf8'), cipher.final()]);
      return `${VERSION}:${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64')}`;
    },

    decrypt(encrypted) {
      const [version, payload, ...rest] = encrypted.split(':');
      if (version !== VERSION || payload === undefined || rest.length > 0) {
        throw new Error('fnr vault: unknown ciphertext format');
      }
      const bytes = Buffer.from(payload, 'base64');
      if (bytes.length <= IV_BYTES + TAG_BYTES) throw new Error('fnr vault: ciphertext too short');
      const iv = bytes.subarray(0, IV_BYTES);
      const tag = bytes.subarray(bytes.length - TAG_BYTES);
      const body = bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES);
      const decipher = createDecipheriv(ALGORITHM, encryptionKey, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(AAD);
      decipher.setAuthTag(tag);
      // final() throws when the tag does not match: altered, or another key.
      const digits = Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      // Only numbers that passed the parser are ever encrypted; whatever configuration let a
      // synthetic one in, it stays readable.
      const parsed = parseFodselsnummer(digits, { allowSynthetic: true });
      if (!parsed.ok) throw new Error(`fnr vault: decrypted value is not a fødselsnummer (${parsed.code})`);
      return parsed.value;
    },

    hash(fnr) {
      return createHmac('sha256', hashKey).update(fnr.value, 'utf8').digest('hex');
    },
  };
}
