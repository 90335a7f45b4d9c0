import { err, ok, type Result } from '@klageportal/kit';

/** Documents go both ways: OUT from the body (letters, decisions, copies), IN to it (new information, forms). */
export const DOCUMENT_DIRECTIONS = ['IN', 'OUT'] as const;
export type DocumentDirection = (typeof DOCUMENT_DIRECTIONS)[number];

export const OUTGOING_CATEGORIES = ['LETTER', 'DECISION', 'COPY', 'REQUEST'] as const;
export const INCOMING_CATEGORIES = ['NEW_INFORMATION', 'COMMENTS', 'FORM'] as const;
export const DOCUMENT_CATEGORIES = [...OUTGOING_CATEGORIES, ...INCOMING_CATEGORIES] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

export type CaseDocument = {
  id: string;
  caseId: string;
  direction: DocumentDirection;
  category: DocumentCategory;
  title: string;
  createdAt: Date;
  /** Who sent it: a person (their id and role on the case) or the body's staff (role only). */
  senderKind: 'PERSON' | 'STAFF';
  senderId: string;
  senderRole: string;
  files: DocumentFile[];
  /** A submitted form's answers (FORM and COMMENTS documents from Min side), else null. */
  form: { kind: string; data: Record<string, unknown> } | null;
};

export type DocumentFile = {
  id: string;
  blobId: string;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
};

/** 25 MiB per file: what the body's Min side accepts (issue #6). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/**
 * The file types the body accepts, by what the content is (sniffed), never by the name a
 * client gives it: PDF, JPEG, PNG, DOCX.
 */
export const ALLOWED_UPLOAD_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

export type UploadRefusal = 'EMPTY_FILE' | 'TOO_LARGE' | 'TYPE_NOT_ALLOWED';

/**
 * An uploaded file passes when it has content, is not over the limit, and its sniffed type is
 * on the allow-list. `detectedMime` is undefined when the content matched no known type (plain
 * text, an unknown format), which is refused like any other type not on the list.
 */
export function checkUpload(
  file: { size: number; detectedMime: string | undefined },
  maxBytes = MAX_UPLOAD_BYTES,
): Result<string, UploadRefusal> {
  if (file.size === 0) return err('EMPTY_FILE');
  if (file.size > maxBytes) return err('TOO_LARGE');
  if (!file.detectedMime || !(file.detectedMime in ALLOWED_UPLOAD_TYPES)) return err('TYPE_NOT_ALLOWED');
  return ok(file.detectedMime);
}

/**
 * A document title as given: trimmed, inner whitespace collapsed, 1–200 characters, no control
 * characters.
 */
export function checkTitle(input: string): Result<string, 'INVALID_TITLE'> {
  const title = input.trim().replace(/\s+/g, ' ');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (title.length < 1 || title.length > 200 || /[\u0000-\u001f\u007f]/.test(title))
    return err('INVALID_TITLE');
  return ok(title);
}

/**
 * A file name safe to store and to send back in Content-Disposition: the last path segment,
 * without control characters, quotes or separators, at most 120 characters, with the extension of
 * its sniffed type (so `malware.exe` stored as a PDF downloads as `malware.pdf`, and a PDF never
 * downloads as `.html`).
 */
export function safeFilename(given: string, mime: string): string {
  const ext = ALLOWED_UPLOAD_TYPES[mime] ?? 'bin';
  const last = given.split(/[\\/]/).at(-1) ?? '';
  const base = last
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f"'`<>|:*?;]/g, '')
    .replace(/\.[^.]*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'dokument'}.${ext}`;
}
