import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Principal } from '@klageportal/federation';
import { z } from 'zod';

/**
 * Trusted documents: the portal's operations, extracted from its source and committed as
 * `gateway/trusted-documents.json` (id → text; `pnpm trusted-documents` writes it, a portal test
 * fails when it is stale). The portal sends `{ documentId, variables }`; the gateway looks the
 * text up. Citizen sessions may run these documents only — sent by id or as their exact text.
 * Staff (GraphiQL, developers), partner clients (Maskinporten) and anonymous callers may send
 * any document within the operation limits (ADR 0008).
 */
export type TrustedDocuments = {
  /** The document's text for an id `sha256:<hex>`, or undefined. */
  byId(id: string): string | undefined;
  /** Whether this exact text is one of them. */
  has(text: string): boolean;
  readonly size: number;
};

/** The committed file, from gateway/src (tests) or gateway/dist/src (built). */
export const TRUSTED_DOCUMENTS_FILE = fileURLToPath(
  new URL(
    import.meta.url.includes('/dist/src/') ? '../../trusted-documents.json' : '../trusted-documents.json',
    import.meta.url,
  ),
);

export const UNTRUSTED_DOCUMENT = 'UNTRUSTED_DOCUMENT';
export const PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND';

/** The id of a document: `sha256:` and the SHA-256 of its exact text (UTF-8), in hex. */
export function documentId(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

const manifestSchema = z.record(z.string().regex(/^sha256:[0-9a-f]{64}$/), z.string().min(1));

export function trustedDocuments(manifest: Record<string, string>): TrustedDocuments {
  const parsed = manifestSchema.parse(manifest);
  const texts = new Map<string, string>();
  for (const [id, text] of Object.entries(parsed)) {
    if (documentId(text) !== id) throw new Error(`trusted document ${id} does not match its text`);
    texts.set(id, text);
  }
  return {
    byId: (id) => texts.get(id),
    has: (text) => texts.has(documentId(text)),
    size: texts.size,
  };
}

export function loadTrustedDocuments(file: string): TrustedDocuments {
  return trustedDocuments(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
}

/** Who may send documents that are not trusted ones: everyone but citizen sessions. */
export const mayRunAnyDocument = (principal: Principal) => principal.kind !== 'citizen';

type Refusal = { status: 400; code: string; message: string };

/**
 * Settles which document a GraphQL request runs. A `documentId` is replaced by its text (any
 * caller; unknown ids are refused). Citizens' requests must carry a trusted document, by id or
 * as its exact text (unless `enforce` is off: development against a changing portal). Returns a
 * refusal, or null with `body` ready for the GraphQL server.
 */
export function settleDocument(
  documents: TrustedDocuments,
  principal: Principal,
  body: unknown,
  enforce = true,
): Refusal | null {
  const free = !enforce || mayRunAnyDocument(principal);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return free ? null : untrusted();
  const request = body as { documentId?: unknown; query?: unknown };
  if (request.documentId !== undefined) {
    const text = typeof request.documentId === 'string' ? documents.byId(request.documentId) : undefined;
    if (text === undefined) {
      return {
        status: 400,
        code: PERSISTED_QUERY_NOT_FOUND,
        message: 'The document id is not one this gateway knows.',
      };
    }
    if (request.query !== undefined && request.query !== text) return untrusted();
    delete request.documentId;
    request.query = text;
    return null;
  }
  if (free) return null;
  return typeof request.query === 'string' && documents.has(request.query) ? null : untrusted();
}

const untrusted = (): Refusal => ({
  status: 400,
  code: UNTRUSTED_DOCUMENT,
  message: 'Only the portal’s own operations are accepted from a portal session.',
});
