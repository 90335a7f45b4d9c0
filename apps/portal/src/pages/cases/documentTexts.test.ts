import { describe, expect, it } from 'vitest';
import { messages } from '../../i18n/messages';
import {
  categoryKeys,
  categoryText,
  directionKeys,
  directionText,
  uploadErrorField,
  uploadErrorKey,
} from './documentTexts';

describe('uploadErrorKey', () => {
  it.each([
    ['TOO_LARGE', 'uploadErrorTooLarge'],
    ['TYPE_NOT_ALLOWED', 'uploadErrorTypeNotAllowed'],
    ['EMPTY_FILE', 'uploadErrorEmptyFile'],
    ['INFECTED', 'uploadErrorInfected'],
    ['UPLOAD_NOT_ALLOWED', 'uploadErrorNotAllowed'],
    ['FORBIDDEN', 'uploadErrorForbidden'],
    ['CSRF', 'uploadErrorForbidden'],
    ['NOT_FOUND', 'errorNotFound'],
    ['INVALID_TITLE', 'uploadErrorInvalidTitle'],
    ['NO_FILE', 'uploadErrorNoFile'],
    ['MALFORMED', 'uploadErrorIncomplete'],
    ['UNAUTHENTICATED', 'errorUnauthenticated'],
    ['NETWORK', 'uploadErrorNetwork'],
    ['UNAVAILABLE', 'uploadErrorUnavailable'],
    ['SOMETHING_NEW', 'uploadErrorUnavailable'],
    [null, 'uploadErrorUnavailable'],
  ] as const)('%s → %s', (code, key) => {
    expect(uploadErrorKey(code)).toBe(key);
  });

  it('does not treat inherited properties as codes', () => {
    expect(uploadErrorKey('toString')).toBe('uploadErrorUnavailable');
  });

  it('says in every language that an executable renamed .pdf is refused by its content', () => {
    expect(messages.nb[uploadErrorKey('TYPE_NOT_ALLOWED')]).toContain('ikke bare navnet');
    expect(messages.nn[uploadErrorKey('TYPE_NOT_ALLOWED')]).toContain('ikkje berre namnet');
    expect(messages.en[uploadErrorKey('TYPE_NOT_ALLOWED')]).toContain('not just its name');
  });
});

describe('uploadErrorField', () => {
  it.each([
    ['TOO_LARGE', 'file'],
    ['TYPE_NOT_ALLOWED', 'file'],
    ['EMPTY_FILE', 'file'],
    ['INFECTED', 'file'],
    ['NO_FILE', 'file'],
    ['INVALID_TITLE', 'title'],
    ['INVALID_CATEGORY', 'category'],
    ['UPLOAD_NOT_ALLOWED', null],
    ['UNAVAILABLE', null],
    [null, null],
  ] as const)('%s → %s', (code, field) => {
    expect(uploadErrorField(code)).toBe(field);
  });
});

describe('category and direction texts', () => {
  it('name every category and direction in every language', () => {
    for (const language of ['nb', 'nn', 'en'] as const) {
      for (const key of [...Object.values(categoryKeys), ...Object.values(directionKeys)]) {
        expect(messages[language][key].trim(), `${language} ${key}`).not.toBe('');
      }
    }
    expect(messages.nb[categoryKeys.DECISION]).toBe('Vedtak');
    expect(messages.nn[directionKeys.OUT]).toBe('Frå oss');
  });
});

describe('categoryText and directionText', () => {
  it('name a category, and one from a newer API by its code', () => {
    expect(categoryText(messages.nb, 'DECISION')).toBe('Vedtak');
    expect(categoryText(messages.en, 'NEW_INFORMATION')).toBe('New information');
    expect(categoryText(messages.nb, 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });

  it('say which way a document went, and from whom when it came to us', () => {
    expect(directionText(messages.nb, { direction: 'OUT', senderRole: 'CASE_OFFICER' })).toBe('Fra oss');
    expect(directionText(messages.nb, { direction: 'IN', senderRole: 'LAWYER' })).toBe(
      'Til oss, fra advokat',
    );
    expect(directionText(messages.nn, { direction: 'IN', senderRole: 'COMPLAINANT' })).toBe(
      'Til oss, frå klagar',
    );
    expect(directionText(messages.en, { direction: 'IN', senderRole: 'NEW_ROLE' })).toBe(
      'To us, from new_role',
    );
  });
});
