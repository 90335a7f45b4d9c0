import { describe, expect, it } from 'vitest';
import { messages } from '../../i18n/messages';
import {
  checkComments,
  checkContact,
  checkWaiver,
  formErrorField,
  formErrorKey,
  lastDayOf,
  parseTopics,
  waiverTimeLimit,
} from './formTexts';

describe('formErrorKey', () => {
  it('translates every code the forms can answer with, in every language', () => {
    const codes = [
      'INVALID_COMMENTS',
      'MALFORMED_MOBILE',
      'FOREIGN_MOBILE',
      'NOT_MOBILE',
      'MALFORMED_EMAIL',
      'SHARED_MAILBOX',
      'NO_CONTACT',
      'NOT_COMPLAINANT_OR_GUARDIAN',
      'INVALID_JOURNALIST',
      'INVALID_NEWSROOM',
      'INVALID_TOPICS',
      'VALID_UNTIL_PASSED',
      'INVALID_DATE',
      'ALREADY_REVOKED',
      'FORMS_NOT_ALLOWED',
      'NOT_FOUND',
      'UNAUTHENTICATED',
    ];
    for (const code of codes) {
      const key = formErrorKey(code);
      expect(key, code).not.toBe('formErrorUnavailable');
      for (const language of ['nb', 'nn', 'en'] as const) expect(messages[language][key]).toBeTruthy();
    }
    expect(formErrorKey('FOREIGN_MOBILE')).toBe('errorForeignMobile');
  });

  it('gives a general "try again" for anything unknown', () => {
    expect(formErrorKey('SOMETHING_NEW')).toBe('formErrorUnavailable');
    expect(formErrorKey(null)).toBe('formErrorUnavailable');
    expect(formErrorKey('toString')).toBe('formErrorUnavailable');
  });
});

describe('formErrorField', () => {
  it('puts field errors at their field and the rest on the form', () => {
    expect(formErrorField('FOREIGN_MOBILE')).toBe('mobile');
    expect(formErrorField('SHARED_MAILBOX')).toBe('email');
    expect(formErrorField('INVALID_TOPICS')).toBe('topics');
    expect(formErrorField('VALID_UNTIL_PASSED')).toBe('validUntil');
    expect(formErrorField('FORMS_NOT_ALLOWED')).toBeNull();
    expect(formErrorField('constructor')).toBeNull();
    expect(formErrorField(undefined)).toBeNull();
  });
});

describe('parseTopics', () => {
  it('takes one topic a line, trimmed, without empty lines or repeats', () => {
    expect(parseTopics('  Diagnosen \r\n\n behandlingen   ved  sykehuset\ndiagnosen\n')).toEqual([
      'Diagnosen',
      'behandlingen ved sykehuset',
    ]);
    expect(parseTopics('')).toEqual([]);
    expect(parseTopics('\n  \n')).toEqual([]);
  });
});

describe('checks before sending', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  it('comments must be 1–10 000 characters', () => {
    expect(checkComments('  ')).toEqual(['INVALID_COMMENTS']);
    expect(checkComments('x'.repeat(10_001))).toEqual(['INVALID_COMMENTS']);
    expect(checkComments('Jeg har en merknad')).toEqual([]);
  });
  it('contact needs a mobile or an e-mail', () => {
    expect(checkContact({ mobile: ' ', email: '' })).toEqual(['NO_CONTACT']);
    expect(checkContact({ mobile: '', email: 'a@b.no' })).toEqual([]);
  });
  it('a waiver needs a journalist and a newsroom, and a time limit not passed', () => {
    expect(checkWaiver({ journalist: '', newsroom: ' ', topics: '', validUntil: '' }, now)).toEqual([
      'INVALID_JOURNALIST',
      'INVALID_NEWSROOM',
    ]);
    expect(
      checkWaiver({ journalist: 'Jo', newsroom: 'Avisa', topics: 'a', validUntil: '2026-11-24' }, now),
    ).toEqual(['VALID_UNTIL_PASSED']);
    expect(
      checkWaiver({ journalist: 'Jo', newsroom: 'Avisa', topics: 'a', validUntil: '2026-02-30' }, now),
    ).toEqual(['INVALID_DATE']);
    // today is still fine: the waiver holds until the day is over
    expect(
      checkWaiver({ journalist: 'Jo', newsroom: 'Avisa', topics: '', validUntil: '2026-11-25' }, now),
    ).toEqual([]);
  });
});

describe('waiverTimeLimit', () => {
  it('is midnight Oslo time after the chosen day, in winter and in summer', () => {
    expect(waiverTimeLimit('2026-11-25')).toBe('2026-11-25T23:00:00.000Z');
    expect(waiverTimeLimit('2026-07-01')).toBe('2026-07-01T22:00:00.000Z');
    expect(waiverTimeLimit('2026-03-28')).toBe('2026-03-28T23:00:00.000Z');
    expect(waiverTimeLimit('nonsense')).toBeNull();
    expect(waiverTimeLimit('2026-02-30')).toBeNull();
  });
  it('shows as the chosen day again', () => {
    expect(lastDayOf('2026-11-25T23:00:00.000Z')).toBe('2026-11-25T22:59:59.999Z');
  });
});
