import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  checkInquiry,
  type InquiryInput,
  isDueForDeletion,
  mayMoveInquiry,
} from './press-log.js';
import { deleteAfter } from './press-service.js';

const NOW = new Date('2026-11-25T10:00:00Z');
const input = (over: Partial<InquiryInput> = {}): InquiryInput => ({
  channel: 'PHONE',
  newsroom: 'Eksempel-TV',
  journalistName: 'Rita Demo',
  journalistContact: 'rita.demo@eksempel-tv.example',
  question: 'Kan dere bekrefte at dere har mottatt klagen?',
  caseNumber: '26/00101',
  ...over,
});

describe('checkInquiry: what the log holds (date, client, name, contact, question)', () => {
  it('takes a complete entry, received now by default, and tidies spacing', () => {
    const result = checkInquiry(input({ newsroom: '  Eksempel-TV ', journalistName: 'Rita  Demo' }), NOW);
    expect(result).toEqual({
      ok: true,
      value: {
        receivedAt: NOW,
        channel: 'PHONE',
        newsroom: 'Eksempel-TV',
        journalistName: 'Rita Demo',
        journalistContact: 'rita.demo@eksempel-tv.example',
        question: 'Kan dere bekrefte at dere har mottatt klagen?',
        caseNumber: '26/00101',
      },
    });
  });

  it('keeps an entry without a case number', () => {
    const result = checkInquiry(input({ caseNumber: '  ' }), NOW);
    expect(result.ok && result.value.caseNumber).toBeNull();
  });

  it.each<[string, Partial<InquiryInput>, string]>([
    ['received tomorrow', { receivedAt: new Date('2026-11-26T10:00:00Z') }, 'INVALID_RECEIVED_AT'],
    ['received eleven years ago', { receivedAt: new Date('2015-11-25T10:00:00Z') }, 'INVALID_RECEIVED_AT'],
    ['no client', { newsroom: ' ' }, 'INVALID_NEWSROOM'],
    ['no name', { journalistName: '' }, 'INVALID_NAME'],
    ['no contact', { journalistContact: 'x' }, 'INVALID_CONTACT'],
    ['no question', { question: '  ' }, 'INVALID_QUESTION'],
    ['a case number in another format', { caseNumber: '2026-101' }, 'INVALID_CASE_NUMBER'],
  ])('refuses %s', (_label, over, code) => {
    const result = checkInquiry(input(over), NOW);
    expect(result.ok ? 'ok' : result.code).toBe(code);
  });

  it('accepts an entry logged a few minutes after it was received', () => {
    const receivedAt = new Date('2026-11-25T09:40:00Z');
    const result = checkInquiry(input({ receivedAt }), NOW);
    expect(result.ok && result.value.receivedAt).toEqual(receivedAt);
  });
});

describe('checkAnswer', () => {
  const received = new Date('2026-11-25T09:00:00Z');
  it.each<[string, string, Date | null, string]>([
    ['an answer now', 'Vi kan ikke bekrefte eller avkrefte.', null, 'ok'],
    ['an empty answer', '   ', null, 'INVALID_ANSWER'],
    ['an answer before the question', 'Svar', new Date('2026-11-25T08:00:00Z'), 'INVALID_ANSWERED_AT'],
    ['an answer tomorrow', 'Svar', new Date('2026-11-26T10:00:00Z'), 'INVALID_ANSWERED_AT'],
  ])('%s → %s', (_label, answer, at, expected) => {
    const result = checkAnswer(answer, at, received, NOW);
    expect(result.ok ? 'ok' : result.code).toBe(expected);
  });
});

describe('mayMoveInquiry', () => {
  it.each([
    ['RECEIVED', 'IN_PROGRESS', 'ok'],
    ['RECEIVED', 'ANSWERED', 'ok'],
    ['IN_PROGRESS', 'RECEIVED', 'INVALID_TRANSITION'],
    ['ANSWERED', 'ANSWERED', 'ok'],
    ['ANSWERED', 'IN_PROGRESS', 'INVALID_TRANSITION'],
    ['ANSWERED', 'CLOSED', 'ok'],
    ['CLOSED', 'ANSWERED', 'CLOSED'],
  ] as const)('%s → %s: %s', (from, to, expected) => {
    const result = mayMoveInquiry(from, to);
    expect(result.ok ? 'ok' : result.code).toBe(expected);
  });
});

describe('isDueForDeletion: ten years after receipt', () => {
  it.each([
    ['eleven years old', new Date('2015-11-25T10:00:00Z'), true],
    ['ten years old to the millisecond', new Date('2016-11-25T10:00:00Z'), true],
    ['nine years old', new Date('2017-11-25T10:00:00Z'), false],
  ])('%s', (_label, received, due) => {
    expect(isDueForDeletion(deleteAfter(received), NOW)).toBe(due);
  });
});
