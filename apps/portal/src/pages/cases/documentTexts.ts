// Pure mappings for documents and uploads: categories, directions and upload refusals to message
// keys (unit tested; no React, no DOM).
import type { DocumentCategory, DocumentDirection } from '../../api/documents';
import { format } from '../../i18n/format';
import type { MessageKey, Messages } from '../../i18n/messages';
import { keyOf, roleKeys } from './caseTexts';

export const categoryKeys: Readonly<Record<DocumentCategory, MessageKey>> = {
  LETTER: 'documentCategoryLetter',
  DECISION: 'documentCategoryDecision',
  COPY: 'documentCategoryCopy',
  REQUEST: 'documentCategoryRequest',
  NEW_INFORMATION: 'documentCategoryNewInformation',
  COMMENTS: 'documentCategoryComments',
  FORM: 'documentCategoryForm',
};

/** OUT: from the body; IN: to the body (the sender's role is filled in). */
export const directionKeys: Readonly<Record<DocumentDirection, MessageKey>> = {
  OUT: 'documentFromUs',
  IN: 'documentToUs',
};

/** A category in words (an unknown one from a newer API as its code). */
export function categoryText(m: Messages, category: string): string {
  const key = keyOf(categoryKeys, category);
  return key ? m[key] : category;
}

/** "Fra oss", or "Til oss, fra advokat" (the sender's role in words, lower case). */
export function directionText(m: Messages, document: { direction: string; senderRole: string }): string {
  if (document.direction === 'OUT') return m.documentFromUs;
  const role = keyOf(roleKeys, document.senderRole);
  return format(m.documentToUs, { role: (role ? m[role] : document.senderRole).toLowerCase() });
}

const uploadErrorKeys: Readonly<Record<string, MessageKey>> = {
  TOO_LARGE: 'uploadErrorTooLarge',
  TYPE_NOT_ALLOWED: 'uploadErrorTypeNotAllowed',
  EMPTY_FILE: 'uploadErrorEmptyFile',
  INFECTED: 'uploadErrorInfected',
  NO_FILE: 'uploadErrorNoFile',
  INVALID_TITLE: 'uploadErrorInvalidTitle',
  INVALID_CATEGORY: 'uploadErrorInvalidCategory',
  UPLOAD_NOT_ALLOWED: 'uploadErrorNotAllowed',
  FORBIDDEN: 'uploadErrorForbidden',
  CSRF: 'uploadErrorForbidden',
  NOT_FOUND: 'errorNotFound',
  UNAUTHENTICATED: 'errorUnauthenticated',
  MALFORMED: 'uploadErrorIncomplete',
  FIELDS_FIRST: 'uploadErrorIncomplete',
  BAD_USER_INPUT: 'uploadErrorIncomplete',
  NETWORK: 'uploadErrorNetwork',
  RATE_LIMITED: 'uploadErrorRateLimited',
};

/** The message for an upload refusal; anything else (500, 503, unknown) says nothing was saved, try again. */
export function uploadErrorKey(code: string | null | undefined): MessageKey {
  return (
    (code != null && Object.hasOwn(uploadErrorKeys, code) ? uploadErrorKeys[code] : undefined) ??
    'uploadErrorUnavailable'
  );
}

export type UploadField = 'title' | 'file' | 'category';

const uploadFields: Readonly<Record<string, UploadField>> = {
  TOO_LARGE: 'file',
  TYPE_NOT_ALLOWED: 'file',
  EMPTY_FILE: 'file',
  INFECTED: 'file',
  NO_FILE: 'file',
  INVALID_TITLE: 'title',
  INVALID_CATEGORY: 'category',
};

/** The form field an upload refusal is about (shown at that field), or null for the form as a whole. */
export function uploadErrorField(code: string | null | undefined): UploadField | null {
  return code != null && Object.hasOwn(uploadFields, code) ? uploadFields[code]! : null;
}
