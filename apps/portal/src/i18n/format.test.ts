import { describe, expect, it } from 'vitest';
import { dateInputToInstant, formatDate, formatDateTime, formatFileSize, todayInOslo } from './format';

describe('formatDate', () => {
  it('shows the date as it is in Norway, in each language', () => {
    // 23:30 UTC on 14 January is already 15 January in Oslo (UTC+1)
    expect(formatDate('2026-01-14T23:30:00Z', 'nb')).toBe('15. januar 2026');
    expect(formatDate('2026-01-14T23:30:00Z', 'en')).toBe('15 January 2026');
    expect(formatDate('2026-01-14T09:12:00Z', 'nn')).toMatch(/^14\. januar 2026$/);
    // summer time (UTC+2)
    expect(formatDate('2026-06-30T22:30:00Z', 'nb')).toBe('1. juli 2026');
  });

  it('shows what it cannot parse as it is', () => {
    expect(formatDate('not a date', 'nb')).toBe('not a date');
  });
});

describe('formatDateTime', () => {
  it('gives Norwegian wall-clock time', () => {
    expect(formatDateTime('2026-01-14T09:12:00Z', 'nb')).toContain('10');
    expect(formatDateTime('2026-01-14T09:12:00Z', 'nb')).toContain('12');
    expect(formatDateTime('2026-06-14T09:12:00Z', 'en')).toMatch(/14 June 2026.*11:12/);
  });
});

describe('todayInOslo', () => {
  it('is the date in Norway, not in UTC', () => {
    expect(todayInOslo(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(todayInOslo(new Date('2026-03-01T12:00:00Z'))).toBe('2026-03-01');
  });
});

describe('dateInputToInstant', () => {
  const now = new Date('2026-05-10T08:00:00Z');

  it('sends now for today, so the date is never in the future', () => {
    expect(dateInputToInstant('2026-05-10', now)).toBe(now.toISOString());
  });

  it('sends noon Norwegian time for other days, in winter and in summer', () => {
    expect(dateInputToInstant('2026-01-14', now)).toBe('2026-01-14T11:00:00.000Z');
    expect(dateInputToInstant('2026-05-09', now)).toBe('2026-05-09T10:00:00.000Z');
    expect(dateInputToInstant('2026-05-11', now)).toBe('2026-05-11T10:00:00.000Z');
  });

  it('refuses what is not a date', () => {
    for (const value of ['', '10.05.2026', '2026-02-30', '2026-13-01', 'x']) {
      expect(dateInputToInstant(value, now)).toBeNull();
    }
  });
});

describe('formatFileSize', () => {
  const nbsp = '\u00a0';
  it.each([
    [0, 'nb', `0${nbsp}byte`],
    [512, 'nb', `512${nbsp}byte`],
    [512, 'en', `512${nbsp}bytes`],
    [1, 'en', `1${nbsp}byte`],
    [12 * 1024, 'nn', `12${nbsp}kB`],
    [900 * 1024, 'nb', `900${nbsp}kB`],
    [1024 * 1024 - 1, 'nb', `1${nbsp}MB`],
    [1.25 * 1024 * 1024, 'nb', `1,3${nbsp}MB`],
    [1.2 * 1024 * 1024, 'nn', `1,2${nbsp}MB`],
    [1.2 * 1024 * 1024, 'en', `1.2${nbsp}MB`],
    [25 * 1024 * 1024, 'nb', `25${nbsp}MB`],
  ] as const)('%i bytes in %s → %s', (bytes, language, expected) => {
    expect(formatFileSize(bytes, language)).toBe(expected);
  });
});
