import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { err, ok, type Result } from '@klageportal/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fileTypeFromBuffer } from 'file-type';
import yazl from 'yazl';
import type { Context } from '../context.js';
import {
  type CaseDocument,
  checkTitle,
  checkUpload,
  type DocumentCategory,
  OUTGOING_CATEGORIES,
  safeFilename,
  type UploadRefusal,
} from '../domain/document.js';
import { findDocument, finishBlob, insertDocument, startBlob } from '../store/document.store.js';
import { appendOutbox } from '../store/outbox.store.js';
import type { DirectAccess } from './case-access.js';
import { logAccess } from './case-access.js';
import { accessTo } from './cases.js';

export type UploadInput = {
  caseId: string;
  title: string;
  /** Case officers choose an outgoing category; citizens always send NEW_INFORMATION. */
  category?: string | null;
  filename: string;
  content: AsyncIterable<Buffer>;
};

export type UploadFailure =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'UPLOAD_NOT_ALLOWED'
  | 'INVALID_TITLE'
  | 'INVALID_CATEGORY'
  | 'INFECTED'
  | UploadRefusal;

/** Enough of the start of a file for content sniffing (a DOCX is found by its zip entries). */
const SNIFF_BYTES = 64 * 1024;

class Refused extends Error {
  constructor(readonly code: UploadFailure) {
    super(code);
  }
}

/**
 * Who may add a document, and which: a case officer an outgoing one; a citizen who sees the case
 * in Min side and may upload (decidePermissions: not a represented complainant) new information.
 */
function uploadRole(
  access: DirectAccess,
  category: string | null | undefined,
): Result<
  { direction: 'IN' | 'OUT'; category: DocumentCategory },
  'UPLOAD_NOT_ALLOWED' | 'INVALID_CATEGORY'
> {
  if (access.kind === 'OFFICER') {
    const chosen = (category ?? 'LETTER') as DocumentCategory;
    return (OUTGOING_CATEGORIES as readonly string[]).includes(chosen)
      ? ok({ direction: 'OUT', category: chosen })
      : err('INVALID_CATEGORY');
  }
  return access.permissions.upload
    ? ok({ direction: 'IN', category: 'NEW_INFORMATION' })
    : err('UPLOAD_NOT_ALLOWED');
}

/**
 * Adds a document with one uploaded file. The content streams through: its first 64 KiB are
 * sniffed for the type (never the name), every piece is hashed (SHA-256), counted against the
 * limit, passed to the virus scanner and written to the file store, inside one transaction with
 * the document's rows. Any refusal or failure rolls everything back: a half-written file is never
 * there to be shown. The caller drains what is left of the request.
 */
export async function uploadDocument(
  ctx: Context,
  input: UploadInput,
  now: Date,
): Promise<Result<CaseDocument, UploadFailure>> {
  const access = await accessTo(ctx, input.caseId, now);
  if (!access.ok) return access.code === 'FORBIDDEN' && access.detail ? err('FORBIDDEN') : access;
  const role = uploadRole(access.value, input.category);
  if (!role.ok) return role;
  const title = checkTitle(input.title);
  if (!title.ok) return title;
  const { fileStore, scanner, maxUploadBytes } = ctx.deps;

  try {
    const documentId = await ctx.em.transactional(async (tx) => {
      const blobId = await startBlob(tx as EntityManager, now);
      const hash = createHash('sha256');
      const scan = scanner.start();
      let size = 0;
      let mime: string | undefined;
      const checked = async function* (): AsyncGenerator<Buffer> {
        let head: Buffer[] = [];
        let headBytes = 0;
        const admit = (piece: Buffer) => {
          size += piece.length;
          if (size > maxUploadBytes) throw new Refused('TOO_LARGE');
          hash.update(piece);
          scan.write(piece);
        };
        for await (const raw of input.content) {
          const piece = Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
          admit(piece);
          if (mime === undefined) {
            head.push(piece);
            headBytes += piece.length;
            if (headBytes < SNIFF_BYTES) continue;
            mime = await sniff(Buffer.concat(head), size);
            yield* head;
            head = [];
            continue;
          }
          yield piece;
        }
        if (mime === undefined) {
          mime = await sniff(Buffer.concat(head), size);
          yield* head;
        }
      };
      const sniff = async (start: Buffer, sizeSoFar: number) => {
        if (sizeSoFar === 0) throw new Refused('EMPTY_FILE');
        const detected = (await fileTypeFromBuffer(start))?.mime;
        const result = checkUpload({ size: sizeSoFar, detectedMime: detected }, maxUploadBytes);
        if (!result.ok) throw new Refused(result.code);
        return result.value;
      };
      await fileStore.put(tx as EntityManager, blobId, checked());
      const verdict = checkUpload({ size, detectedMime: mime }, maxUploadBytes);
      if (!verdict.ok) throw new Refused(verdict.code);
      if ((await scan.finish()) !== 'CLEAN') throw new Refused('INFECTED');
      await finishBlob(tx as EntityManager, blobId, {
        sha256: hash.digest('hex'),
        size,
        mime: verdict.value,
      });
      const sender =
        access.value.kind === 'OFFICER'
          ? { senderKind: 'STAFF' as const, senderId: access.value.staffId, senderRole: 'CASE_OFFICER' }
          : {
              senderKind: 'PERSON' as const,
              senderId: access.value.viewer.personId,
              senderRole: access.value.actingRole,
            };
      if (role.value.direction === 'OUT')
        await appendOutbox(tx as EntityManager, 'DOCUMENT_SENT', input.caseId, now);
      return insertDocument(tx as EntityManager, {
        caseId: input.caseId,
        direction: role.value.direction,
        category: role.value.category,
        title: title.value,
        createdAt: now,
        ...sender,
        files: [{ blobId, filename: safeFilename(input.filename, verdict.value) }],
      });
    });
    await logAccess(ctx, input.caseId, access.value, 'DOCUMENT_ADDED', now);
    ctx.deps.kickOutbox();
    ctx.log.info({ caseId: input.caseId, documentId }, 'document added');
    return ok((await findDocument(ctx.em, documentId))!);
  } catch (error) {
    if (error instanceof Refused) {
      ctx.log.info({ caseId: input.caseId, refused: error.code }, 'upload refused');
      return err(error.code);
    }
    throw error;
  }
}

export type Download = { filename: string; mime: string; size: number; content: Readable };

/** One file of a document, for a caller who may see the case; the download is logged. */
export async function openDownload(
  ctx: Context,
  documentId: string,
  fileId: string,
  now: Date,
): Promise<Result<Download, 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT'>> {
  if (ctx.principal.kind === 'anonymous') return err('UNAUTHENTICATED');
  const doc = await findDocument(ctx.em, documentId);
  const file = doc?.files.find((f) => f.id === fileId);
  if (!doc || !file) return err('NOT_FOUND');
  const access = await accessTo(ctx, doc.caseId, now);
  if (!access.ok) return access;
  await logAccess(ctx, doc.caseId, access.value, 'DOWNLOADED', now);
  return ok({
    filename: file.filename,
    mime: file.mime,
    size: file.size,
    content: ctx.deps.fileStore.get(ctx.em, file.blobId),
  });
}

/**
 * The whole case file as one zip, streamed: every document's files under `dokumenter/`, and
 * `manifest.json` listing each document (date, direction, category, title, sender role) with its
 * files (name in the zip, type, size, SHA-256). For whoever may download the case file
 * (decidePermissions) and case officers. Logged.
 */
export async function openCaseFile(
  ctx: Context,
  caseId: string,
  now: Date,
): Promise<
  Result<
    { filename: string; content: Readable },
    'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT'
  >
> {
  const access = await accessTo(ctx, caseId, now);
  if (!access.ok) return access;
  if (access.value.kind === 'PARTY' && !access.value.permissions.downloadCaseFile) return err('FORBIDDEN');
  const details = await ctx.loaders.caseDetailsById.load(caseId);
  if (!details) return err('NOT_FOUND');
  const docs = (await ctx.loaders.documentsByCaseId.load(caseId)) ?? [];
  await logAccess(ctx, caseId, access.value, 'CASE_FILE_DOWNLOADED', now);

  const zip = new yazl.ZipFile();
  const manifest = {
    caseNumber: details.caseNumber,
    generatedAt: now.toISOString(),
    documents: docs.map((d, i) => ({
      date: d.createdAt.toISOString(),
      direction: d.direction,
      category: d.category,
      title: d.title,
      senderRole: d.senderRole,
      files: d.files.map((f, j) => ({
        path: `dokumenter/${String(i + 1).padStart(3, '0')}-${j + 1}-${f.filename}`,
        mime: f.mime,
        size: f.size,
        sha256: f.sha256,
      })),
    })),
  };
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), 'manifest.json');
  docs.forEach((d, i) => {
    d.files.forEach((f, j) => {
      // each file is read only when the zip reaches it
      zip.addReadStreamLazy(manifest.documents[i]!.files[j]!.path, (cb) =>
        cb(null, ctx.deps.fileStore.get(ctx.em, f.blobId)),
      );
    });
  });
  zip.end();
  return ok({
    filename: `saksmappe-${details.caseNumber.replace('/', '-')}.zip`,
    content: zip.outputStream as Readable,
  });
}
