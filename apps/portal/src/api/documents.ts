// Documents on a case: the GraphQL fields that list them, and the upload beside GraphQL
// (`POST /files/documents`, multipart, streamed by the gateway to cases). Downloads are plain
// same-origin links (`downloadUrl`, `caseFileUrl`): the session cookie authenticates them.
import type { GraphQLLanguage } from '../i18n/languages';
import type { AccessRole } from './cases';
import { FORM_ANSWER_FIELDS, type FormAnswer } from './forms';
import { fieldError, graphqlResponse } from './graphql';

export type DocumentDirection = 'IN' | 'OUT';
export type DocumentCategory =
  | 'LETTER'
  | 'DECISION'
  | 'COPY'
  | 'REQUEST'
  | 'NEW_INFORMATION'
  | 'COMMENTS'
  | 'FORM';

/** What a case officer may send out (an incoming document's category follows from what was sent). */
export type OutgoingCategory = 'LETTER' | 'DECISION' | 'COPY' | 'REQUEST';
export const outgoingCategories: readonly OutgoingCategory[] = ['LETTER', 'DECISION', 'COPY', 'REQUEST'];

export interface DocumentFile {
  id: string;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  downloadUrl: string;
}

export interface CaseDocument {
  id: string;
  direction: DocumentDirection;
  category: DocumentCategory;
  title: string;
  createdAt: string;
  senderRole: AccessRole;
  files: DocumentFile[];
  /** A form submitted in Min side: its answers (null for other documents). */
  form?: FormAnswer | null;
}

/** The documents (oldest first) and the whole case file's address, inside a `Case` selection. */
export const DOCUMENT_FIELDS = `documents { id direction category title createdAt senderRole
      files { id filename mime size sha256 downloadUrl }
      ${FORM_ANSWER_FIELDS} }
    caseFileUrl`;

export const CASE_DOCUMENTS_QUERY = `query CaseDocuments($id: ID!) {
  case(id: $id) { id ${DOCUMENT_FIELDS} }
}`;

export type CaseDocumentsResult =
  | { ok: true; documents: CaseDocument[]; caseFileUrl: string | null }
  | { ok: false; code: string | null };

/** The case's documents again (after an upload). */
export async function fetchCaseDocuments(id: string, signal?: AbortSignal): Promise<CaseDocumentsResult> {
  const { data, errors } = await graphqlResponse<
    { case: { id: string; documents: CaseDocument[]; caseFileUrl: string | null } | null },
    { id: string; language?: GraphQLLanguage }
  >(CASE_DOCUMENTS_QUERY, { id }, signal);
  if (!data.case) return { ok: false, code: fieldError(errors, 'case')?.code ?? 'NOT_FOUND' };
  return { ok: true, documents: data.case.documents, caseFileUrl: data.case.caseFileUrl };
}

/* ---------- Upload ---------- */

export const UPLOAD_URL = '/files/documents';

/** 25 MiB per file, as the cases service accepts (shown to users as "25 MB"). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** What the file picker offers; the server decides by the content, not by the name. */
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx';

export const MAX_TITLE_LENGTH = 200;

/** A refusal the browser can see before sending anything. */
export type PrecheckRefusal = 'INVALID_TITLE' | 'NO_FILE' | 'EMPTY_FILE' | 'TOO_LARGE';

/** Checks what can be checked before the upload starts: a title, a file, not empty, not over the limit. */
export function precheckUpload(
  title: string,
  file: { size: number } | null | undefined,
  maxBytes = MAX_UPLOAD_BYTES,
): PrecheckRefusal | null {
  const trimmed = title.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_TITLE_LENGTH) return 'INVALID_TITLE';
  if (!file) return 'NO_FILE';
  if (file.size === 0) return 'EMPTY_FILE';
  if (file.size > maxBytes) return 'TOO_LARGE';
  return null;
}

export type UploadOutcome = { ok: true; id: string } | { ok: false; code: string };

/** Codes for answers that carry no JSON code (a proxy's page, a dropped connection). */
function codeForStatus(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'TOO_LARGE';
  if (status === 415) return 'TYPE_NOT_ALLOWED';
  if (status === 429) return 'RATE_LIMITED';
  return 'UNAVAILABLE';
}

/** The upload's answer (status and body text) as an outcome: the new document's id, or a code to translate. */
export function parseUploadResponse(status: number, body: string): UploadOutcome {
  let json: unknown = null;
  try {
    json = JSON.parse(body);
  } catch {
    // not JSON: the status says what it can
  }
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  if (status === 201) {
    const document = record.document as { id?: unknown } | undefined;
    if (typeof document?.id === 'string') return { ok: true, id: document.id };
    return { ok: false, code: 'UNAVAILABLE' };
  }
  const code = record.error;
  return {
    ok: false,
    code: typeof code === 'string' && /^[A-Z_]+$/.test(code) ? code : codeForStatus(status),
  };
}

export interface UploadInput {
  caseId: string;
  title: string;
  /** Only a case officer chooses a category; a citizen's upload is new information. */
  category?: OutgoingCategory;
  file: File;
}

/**
 * Sends one file as `multipart/form-data`, the fields before the file in the order cases reads them.
 * XMLHttpRequest rather than fetch, because only it reports upload progress. The custom header is
 * what the gateway asks for against cross-site form posts.
 */
export function uploadDocument(
  input: UploadInput,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadOutcome> {
  const form = new FormData();
  form.append('caseId', input.caseId);
  form.append('title', input.title.trim());
  if (input.category) form.append('category', input.category);
  form.append('file', input.file, input.file.name);

  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', UPLOAD_URL);
    request.setRequestHeader('x-klageportal-upload', '1');
    request.setRequestHeader('accept', 'application/json');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    });
    request.addEventListener('load', () =>
      resolve(parseUploadResponse(request.status, request.responseText)),
    );
    request.addEventListener('error', () => resolve({ ok: false, code: 'NETWORK' }));
    request.addEventListener('timeout', () => resolve({ ok: false, code: 'NETWORK' }));
    request.addEventListener('abort', () => resolve({ ok: false, code: 'ABORTED' }));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(form);
  });
}
