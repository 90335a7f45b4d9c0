import { describe, expect, it } from 'vitest';
import { checkTitle, checkUpload, MAX_UPLOAD_BYTES, safeFilename } from './document.js';

describe('checkUpload', () => {
  it.each<[string, number, string | undefined, string]>([
    ['a PDF', 1000, 'application/pdf', 'application/pdf'],
    ['a JPEG', 1000, 'image/jpeg', 'image/jpeg'],
    ['a PNG', 1000, 'image/png', 'image/png'],
    [
      'a DOCX',
      1000,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['exactly the limit', MAX_UPLOAD_BYTES, 'application/pdf', 'application/pdf'],
    ['one byte over', MAX_UPLOAD_BYTES + 1, 'application/pdf', 'TOO_LARGE'],
    ['empty', 0, undefined, 'EMPTY_FILE'],
    ['an executable (whatever its name)', 1000, 'application/x-msdownload', 'TYPE_NOT_ALLOWED'],
    ['an ELF binary', 1000, 'application/x-elf', 'TYPE_NOT_ALLOWED'],
    ['HTML', 1000, 'text/html', 'TYPE_NOT_ALLOWED'],
    ['a zip that is not a DOCX', 1000, 'application/zip', 'TYPE_NOT_ALLOWED'],
    ['unknown content', 1000, undefined, 'TYPE_NOT_ALLOWED'],
  ])('%s', (_why, size, detectedMime, expected) => {
    const result = checkUpload({ size, detectedMime });
    expect(result.ok ? result.value : result.code).toBe(expected);
  });
});

describe('checkTitle', () => {
  it.each([
    ['  Nye   opplysninger ', 'Nye opplysninger'],
    ['', 'INVALID_TITLE'],
    ['   ', 'INVALID_TITLE'],
    ['a'.repeat(200), 'a'.repeat(200)],
    ['a'.repeat(201), 'INVALID_TITLE'],
    ['tab\tin', 'tab in'],
    ['bell\u0007', 'INVALID_TITLE'],
  ])('%j → %j', (input, expected) => {
    const result = checkTitle(input);
    expect(result.ok ? result.value : result.code).toBe(expected);
  });
});

describe('safeFilename', () => {
  it.each([
    ['vedtak.pdf', 'application/pdf', 'vedtak.pdf'],
    ['malware.exe', 'application/pdf', 'malware.pdf'],
    ['C:\\Users\\kari\\brev.PDF', 'application/pdf', 'brev.pdf'],
    ['../../etc/passwd', 'image/png', 'passwd.png'],
    ['"quoted";name.jpg', 'image/jpeg', 'quotedname.jpg'],
    ['', 'image/png', 'dokument.png'],
    ['bilde.html', 'image/png', 'bilde.png'],
  ])('%j as %s → %j', (given, mime, expected) => {
    expect(safeFilename(given, mime)).toBe(expected);
  });
});
