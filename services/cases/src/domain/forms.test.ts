import { describe, expect, it } from 'vitest';
import type { AccessRole } from './access-log.js';
import { checkComments, checkWaiver, isWaiverInForce, mayGiveWaiver, type WaiverInput } from './forms.js';

const NOW = new Date('2026-05-01T12:00:00Z');

describe('checkComments', () => {
  it.each([
    ['  Jeg har nye opplysninger.  ', 'Jeg har nye opplysninger.'],
    ['', 'INVALID_COMMENTS'],
    ['   ', 'INVALID_COMMENTS'],
    ['a'.repeat(10_000), 'a'.repeat(10_000)],
    ['a'.repeat(10_001), 'INVALID_COMMENTS'],
  ])('%j', (text, expected) => {
    const r = checkComments(text);
    expect(r.ok ? r.value : r.code).toBe(expected);
  });
});

describe('checkWaiver', () => {
  const base: WaiverInput = { journalist: 'Jon  Journalist', newsroom: ' Dagsavisa ' };
  it.each<[string, WaiverInput, unknown]>([
    [
      'names only',
      base,
      { journalist: 'Jon Journalist', newsroom: 'Dagsavisa', excludedTopics: [], validUntil: null },
    ],
    [
      'topics trimmed, blank and repeated ones dropped',
      { ...base, excludedTopics: [' diagnosen ', '', 'diagnosen', 'familien'] },
      {
        journalist: 'Jon Journalist',
        newsroom: 'Dagsavisa',
        excludedTopics: ['diagnosen', 'familien'],
        validUntil: null,
      },
    ],
    [
      'with a time limit',
      { ...base, validUntil: new Date('2026-06-01T00:00:00Z') },
      {
        journalist: 'Jon Journalist',
        newsroom: 'Dagsavisa',
        excludedTopics: [],
        validUntil: new Date('2026-06-01T00:00:00Z'),
      },
    ],
    ['a time limit already passed', { ...base, validUntil: NOW }, 'VALID_UNTIL_PASSED'],
    ['no journalist', { ...base, journalist: ' ' }, 'INVALID_JOURNALIST'],
    ['no newsroom', { ...base, newsroom: 'x' }, 'INVALID_NEWSROOM'],
    [
      'too many topics',
      { ...base, excludedTopics: Array.from({ length: 21 }, (_, i) => `t${i}`) },
      'INVALID_TOPICS',
    ],
  ])('%s', (_why, input, expected) => {
    const r = checkWaiver(input, NOW);
    expect(r.ok ? r.value : r.code).toEqual(expected);
  });
});

describe('mayGiveWaiver', () => {
  it.each<[AccessRole, boolean]>([
    ['COMPLAINANT', true],
    ['GUARDIAN', true],
    ['LAWYER', false],
    ['PROXY', false],
    ['SURVIVING_RELATIVE', false],
    ['CASE_OFFICER', false],
    ['PARTNER', false],
  ])('%s → %s', (role, expected) => {
    expect(mayGiveWaiver(role).ok).toBe(expected);
  });
});

describe('isWaiverInForce', () => {
  it.each<[string, Date | null, Date | null, boolean]>([
    ['open-ended', null, null, true],
    ['before its limit', null, new Date('2026-05-02T00:00:00Z'), true],
    ['at its limit', null, NOW, false],
    ['revoked', new Date('2026-04-01T00:00:00Z'), null, false],
  ])('%s', (_why, revokedAt, validUntil, expected) => {
    expect(isWaiverInForce({ revokedAt, validUntil }, NOW)).toBe(expected);
  });
});
