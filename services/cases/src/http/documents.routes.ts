import type { RouteDeps } from '@klageportal/federation';
import busboy from 'busboy';
import type { Express, Response } from 'express';
import type { Context } from '../context.js';
import { openCaseFile, openDownload, type UploadFailure, uploadDocument } from '../usecases/documents.js';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  UPLOAD_NOT_ALLOWED: 403,
  NOT_FOUND: 404,
  TOO_LARGE: 413,
  TYPE_NOT_ALLOWED: 415,
  EMPTY_FILE: 422,
  INFECTED: 422,
  INVALID_TITLE: 400,
  INVALID_CATEGORY: 400,
  BAD_USER_INPUT: 400,
  NO_FILE: 400,
  FIELDS_FIRST: 400,
  MALFORMED: 400,
};

const refuse = (res: Response, code: string) => {
  res.setHeader('Cache-Control', 'no-store');
  res.status(STATUS[code] ?? 400).json({ error: code });
};

/** `attachment; filename="…"` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

function sendFile(
  res: Response,
  file: { filename: string; mime: string; size?: number; content: NodeJS.ReadableStream },
) {
  res.setHeader('Content-Type', file.mime);
  res.setHeader('Content-Disposition', contentDisposition(file.filename));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'private, no-store');
  if (file.size !== undefined) res.setHeader('Content-Length', String(file.size));
  return new Promise<void>((resolve, reject) => {
    file.content.on('error', reject);
    res.on('close', resolve);
    file.content.pipe(res);
  });
}

/**
 * Documents over plain HTTP beside GraphQL (the gateway forwards `/files/*` here with the
 * caller's internal token): a multipart upload that streams into the file store, a file
 * download, and the whole case file as a zip.
 */
export function documentRoutes(app: Express, { withContext }: RouteDeps<Context>) {
  app.post(
    '/documents',
    withContext(async (ctx, req, res) => {
      if (!String(req.headers['content-type'] ?? '').startsWith('multipart/form-data')) {
        return refuse(res, 'MALFORMED');
      }
      type Refusal = UploadFailure | 'NO_FILE' | 'FIELDS_FIRST';
      const fields: Record<string, string> = {};
      // the upload's answer; an unexpected error is kept and rethrown once the body is read
      let upload: Promise<{ id: string } | { refused: Refusal } | { failed: unknown }> | null = null;
      const parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fields: 5, fieldSize: 1000, parts: 6, fileSize: ctx.deps.maxUploadBytes + 1 },
      });
      parser.on('field', (name, value) => {
        fields[name] = value;
      });
      parser.on('file', (name, stream, info) => {
        if (upload || name !== 'file') {
          stream.resume();
          return;
        }
        if (!fields.caseId || fields.title === undefined) {
          upload = Promise.resolve({ refused: 'FIELDS_FIRST' });
          stream.resume();
          return;
        }
        upload = uploadDocument(
          ctx,
          {
            caseId: fields.caseId,
            title: fields.title,
            category: fields.category,
            filename: info.filename ?? '',
            // a refusal stops reading without destroying the part, so the rest can be drained
            content: stream.iterator({ destroyOnReturn: false }),
          },
          new Date(),
        )
          .then(
            (r) => (r.ok ? { id: r.value.id } : { refused: r.code }),
            (failed: unknown) => ({ failed }),
          )
          .finally(() => stream.resume());
      });
      const finished = new Promise<void>((resolve, reject) => {
        parser.on('close', resolve);
        parser.on('error', reject);
      });
      req.pipe(parser);
      const bodyRead = await finished.then(
        () => true,
        () => false,
      );
      const started = upload as Promise<{ id: string } | { refused: Refusal } | { failed: unknown }> | null;
      const outcome = started ? await started : { refused: 'NO_FILE' as const };
      if ('failed' in outcome) throw outcome.failed;
      if (!bodyRead) return refuse(res, 'MALFORMED');
      if ('refused' in outcome) return refuse(res, outcome.refused);
      res.status(201).json({ document: { id: outcome.id } });
    }),
  );

  app.get(
    '/documents/:documentId/files/:fileId',
    withContext(async (ctx, req, res) => {
      const { documentId, fileId } = req.params as { documentId: string; fileId: string };
      if (!isUuid(documentId) || !isUuid(fileId)) return refuse(res, 'NOT_FOUND');
      const file = await openDownload(ctx, documentId, fileId, new Date());
      if (!file.ok) return refuse(res, file.code === 'FORBIDDEN' ? 'NOT_FOUND' : file.code);
      await sendFile(res, file.value);
    }),
  );

  app.get(
    '/cases/:caseId/case-file.zip',
    withContext(async (ctx, req, res) => {
      const { caseId } = req.params as { caseId: string };
      if (!isUuid(caseId)) return refuse(res, 'NOT_FOUND');
      const zip = await openCaseFile(ctx, caseId, new Date());
      if (!zip.ok) return refuse(res, zip.code);
      await sendFile(res, {
        filename: zip.value.filename,
        mime: 'application/zip',
        content: zip.value.content,
      });
    }),
  );
}

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value);
