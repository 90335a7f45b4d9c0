import { readFileSync } from 'node:fs';
import type { Principal } from '@klageportal/federation';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, MAX_DOCUMENT_TOKENS, overLimit } from '../src/limits.js';
import {
  documentId,
  loadTrustedDocuments,
  PERSISTED_QUERY_NOT_FOUND,
  settleDocument,
  trustedDocuments,
  UNTRUSTED_DOCUMENT,
} from '../src/trusted-documents.js';

import { apiSchema, citizen as citizenOf } from './support.js';

const FILE = new URL('../trusted-documents.json', import.meta.url).pathname;
const committed = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>;

// composed once, before the tests (composition takes seconds on a busy machine)
const schema = await apiSchema();

const citizen = citizenOf();
const staff: Principal = { kind: 'staff', staffId: 's1', roles: ['case_officer'] };
const partner: Principal = { kind: 'partner', orgnr: '987654321', scopes: [] };
const anonymous: Principal = { kind: 'anonymous' };

const TEXT = 'query Viewer { viewer { authenticated } }';
const docs = trustedDocuments({ [documentId(TEXT)]: TEXT });

describe('the committed trusted documents (the portal’s operations)', () => {
  it('are valid against the supergraph as composed now, and within the operation limits', () => {
    const texts = Object.values(committed);
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) {
      const document = parse(text, { maxTokens: MAX_DOCUMENT_TOKENS });
      expect(validate(schema, document).map((e) => `${e.message} in ${text.slice(0, 40)}`)).toEqual([]);
      expect(overLimit(schema, document, DEFAULT_LIMITS)).toBeNull();
    }
  });

  it('load only when every id is the SHA-256 of its text', () => {
    expect(loadTrustedDocuments(FILE).size).toBe(Object.keys(committed).length);
    expect(() => trustedDocuments({ [documentId(TEXT)]: `${TEXT} ` })).toThrow(/does not match/);
    expect(() => trustedDocuments({ 'md5:abc': TEXT })).toThrow();
  });
});

describe('which document a request runs', () => {
  it('replaces a known id by its text, for any caller', () => {
    for (const principal of [citizen, staff, partner, anonymous]) {
      const body: Record<string, unknown> = { documentId: documentId(TEXT), variables: {} };
      expect(settleDocument(docs, principal, body)).toBeNull();
      expect(body).toEqual({ query: TEXT, variables: {} });
    }
  });

  it('refuses an unknown id (PERSISTED_QUERY_NOT_FOUND), and an id sent with another text', () => {
    const unknown = { documentId: documentId('query Other { viewer { kind } }') };
    expect(settleDocument(docs, staff, unknown)?.code).toBe(PERSISTED_QUERY_NOT_FOUND);
    expect(settleDocument(docs, citizen, { documentId: 42 })?.code).toBe(PERSISTED_QUERY_NOT_FOUND);
    const mismatch = { documentId: documentId(TEXT), query: '{ viewer { kind } }' };
    expect(settleDocument(docs, staff, mismatch)?.code).toBe(UNTRUSTED_DOCUMENT);
  });

  it('lets a citizen session run a trusted document sent as its exact text, and nothing else', () => {
    expect(settleDocument(docs, citizen, { query: TEXT })).toBeNull();
    for (const body of [
      { query: `${TEXT}\n` },
      { query: '{ viewer { authenticated } }' },
      { query: 42 },
      {},
      [{ query: TEXT }],
      undefined,
      'query',
    ]) {
      const refused = settleDocument(docs, citizen, body);
      expect(refused).toMatchObject({ status: 400, code: UNTRUSTED_DOCUMENT });
      expect(refused?.message).not.toMatch(/sha256|manifest|trusted-documents\.json/);
    }
  });

  it('lets staff, partner clients and anonymous callers send any document (within the limits)', () => {
    for (const principal of [staff, partner, anonymous]) {
      expect(settleDocument(docs, principal, { query: '{ viewer { kind } }' })).toBeNull();
    }
  });

  it('lets a citizen send any document only when enforcement is off (development)', () => {
    expect(settleDocument(docs, citizen, { query: '{ viewer { kind } }' }, false)).toBeNull();
  });
});
