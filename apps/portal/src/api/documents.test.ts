import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, parseUploadResponse, precheckUpload } from './documents';

describe('precheckUpload', () => {
  it.each([
    ['a title and a small file', 'Journal', { size: 10 }, null],
    ['exactly 25 MiB', 'Journal', { size: MAX_UPLOAD_BYTES }, null],
    ['one byte over 25 MiB', 'Journal', { size: MAX_UPLOAD_BYTES + 1 }, 'TOO_LARGE'],
    ['an empty file', 'Journal', { size: 0 }, 'EMPTY_FILE'],
    ['no file', 'Journal', null, 'NO_FILE'],
    ['a blank title', '   ', { size: 10 }, 'INVALID_TITLE'],
    ['a title over 200 characters', 'x'.repeat(201), { size: 10 }, 'INVALID_TITLE'],
  ] as const)('%s → %s', (_name, title, file, expected) => {
    expect(precheckUpload(title, file)).toBe(expected);
  });

  it('checks the title before the file', () => {
    expect(precheckUpload('', null)).toBe('INVALID_TITLE');
  });
});

describe('parseUploadResponse', () => {
  it('gives the new document’s id on 201', () => {
    expect(parseUploadResponse(201, '{"document":{"id":"d1"}}')).toEqual({ ok: true, id: 'd1' });
  });

  it('takes the code from the JSON body', () => {
    expect(parseUploadResponse(415, '{"error":"TYPE_NOT_ALLOWED"}')).toEqual({
      ok: false,
      code: 'TYPE_NOT_ALLOWED',
    });
    expect(parseUploadResponse(403, '{"error":"UPLOAD_NOT_ALLOWED"}')).toEqual({
      ok: false,
      code: 'UPLOAD_NOT_ALLOWED',
    });
    expect(parseUploadResponse(422, '{"error":"EMPTY_FILE"}')).toEqual({ ok: false, code: 'EMPTY_FILE' });
  });

  it.each([
    [413, 'TOO_LARGE'],
    [401, 'UNAUTHENTICATED'],
    [404, 'NOT_FOUND'],
    [502, 'UNAVAILABLE'],
    [500, 'UNAVAILABLE'],
  ])('falls back to the status when the body is not JSON (%i → %s)', (status, code) => {
    expect(parseUploadResponse(status, '<html>Bad gateway</html>')).toEqual({ ok: false, code });
  });

  it('ignores a code that is not a code (never shows server text)', () => {
    expect(parseUploadResponse(400, '{"error":"something went <b>wrong</b>"}')).toEqual({
      ok: false,
      code: 'UNAVAILABLE',
    });
  });

  it('treats a 201 without a document id as a failure', () => {
    expect(parseUploadResponse(201, '{}')).toEqual({ ok: false, code: 'UNAVAILABLE' });
  });
});
