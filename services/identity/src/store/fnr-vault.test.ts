import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type Fodselsnummer, parseFodselsnummer } from '../domain/fodselsnummer.js';
import { createFnrVault } from './fnr-vault.js';

const fnr = (digits: string): Fodselsnummer => {
  const r = parseFodselsnummer(digits, { allowSynthetic: true });
  if (!r.ok) throw new Error(r.code);
  return r.value;
};
const keys = () => ({ encryptionKey: randomBytes(32), hashKey: randomBytes(32) });

const KARI = fnr('15838512329');
const OTHER = fnr('15438512346');

describe('createFnrVault', () => {
  it('refuses keys of the wrong length, and one key for both jobs', () => {
    const key = randomBytes(32);
    expect(() => createFnrVault({ encryptionKey: randomBytes(16), hashKey: key })).toThrow(/32 bytes/);
    expect(() => createFnrVault({ encryptionKey: key, hashKey: randomBytes(31) })).toThrow(/32 bytes/);
    expect(() => createFnrVault({ encryptionKey: key, hashKey: Buffer.from(key) })).toThrow(/differ/);
  });
});

describe('encrypt / decrypt', () => {
  it.each([['15838512329'], ['15438512346'], ['02013299997'], ['30108299939']])('round trip %s', (digits) => {
    const vault = createFnrVault(keys());
    const encrypted = vault.encrypt(fnr(digits));
    expect(encrypted).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
    expect(encrypted).not.toContain(digits);
    const back = vault.decrypt(encrypted);
    expect(back.value).toBe(digits);
    expect(back.synthetic).toBe(fnr(digits).synthetic);
  });

  it('uses a fresh IV each time', () => {
    const vault = createFnrVault(keys());
    const seen = new Set(Array.from({ length: 20 }, () => vault.encrypt(KARI)));
    expect(seen.size).toBe(20);
    const ivs = new Set(
      [...seen].map((s) => Buffer.from(s.slice(3), 'base64').subarray(0, 12).toString('hex')),
    );
    expect(ivs.size).toBe(20);
  });

  it.each<[string, (bytes: Buffer) => number]>([
    ['a flipped bit in the IV', () => 0],
    ['a flipped bit in the ciphertext', () => 14],
    ['a flipped bit in the tag', (b) => b.length - 1],
  ])('detects tampering: %s', (_why, position) => {
    const vault = createFnrVault(keys());
    const bytes = Buffer.from(vault.encrypt(KARI).slice(3), 'base64');
    const i = position(bytes);
    bytes[i] = bytes[i]! ^ 1;
    expect(() => vault.decrypt(`v1:${bytes.toString('base64')}`)).toThrow();
  });

  it.each([
    ['no version', (s: string) => s.slice(3)],
    ['an unknown version', (s: string) => `v2:${s.slice(3)}`],
    ['truncated', (s: string) => s.slice(0, 20)],
    ['an extra part', (s: string) => `${s}:x`],
    ['empty', () => ''],
  ])('refuses %s', (_why, mangle) => {
    const vault = createFnrVault(keys());
    expect(() => vault.decrypt(mangle(vault.encrypt(KARI)))).toThrow();
  });

  it('cannot be read with another key', () => {
    const encrypted = createFnrVault(keys()).encrypt(KARI);
    expect(() => createFnrVault(keys()).decrypt(encrypted)).toThrow();
  });
});

describe('hash', () => {
  it('is stable for one key, differs per number and per key, and hides the number', () => {
    const k = keys();
    const a = createFnrVault(k);
    const b = createFnrVault({ encryptionKey: randomBytes(32), hashKey: k.hashKey });
    const other = createFnrVault(keys());
    expect(a.hash(KARI)).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash(KARI)).toBe(a.hash(fnr('15838512329')));
    expect(b.hash(KARI)).toBe(a.hash(KARI)); // the hash key alone decides
    expect(a.hash(OTHER)).not.toBe(a.hash(KARI));
    expect(other.hash(KARI)).not.toBe(a.hash(KARI));
    expect(a.hash(KARI)).not.toContain('15838512329');
  });
});
