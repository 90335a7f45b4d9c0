import { describe, expect, it } from 'vitest';
import {
  dateInputToInstant,
  dateTimeInputToInstant,
  formatDate,
  formatDateTime,
  formatFileSize,
  formatTimeOfDay,
  formatWeekdayDateTime,
  nowInOsloForInput,
  todayInOslo,
} from './format';

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

describe('formatWeekdayDateTime', () => {
  it('names the weekday, in Norwegian time', () => {
    // 08:00 UTC on Monday 30 November is 09:00 in Oslo
    expect(formatWeekdayDateTime('2026-11-30T08:00:00Z', 'nb')).toMatch(/^mandag 30\. november.*09.00$/);
    expect(formatWeekdayDateTime('2026-11-30T08:00:00Z', 'en')).toMatch(/^Monday,? 30 November.*09:00$/);
    expect(formatWeekdayDateTime('x', 'nb')).toBe('x');
  });
});

describe('formatTimeOfDay', () => {
  it('is the Norwegian wall-clock time, written as each language writes it', () => {
    expect(formatTimeOfDay('2026-11-30T13:00:00Z', 'nb')).toBe('14.00');
    expect(formatTimeOfDay('2026-06-30T12:05:00Z', 'en')).toBe('14:05');
  });
});

describe('nowInOsloForInput and dateTimeInputToInstant', () => {
  it('go back and forth in Norwegian time, winter and summer', () => {
    expect(nowInOsloForInput(new Date('2026-01-14T09:12:40Z'))).toBe('2026-01-14T10:12');
    expect(nowInOsloForInput(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01T00:30');
    expect(dateTimeInputToInstant('2026-01-14T10:12')).toBe('2026-01-14T09:12:00.000Z');
    expect(dateTimeInputToInstant('2026-07-01T00:30')).toBe('2026-06-30T22:30:00.000Z');
    // the days summer time begins and ends
    expect(dateTimeInputToInstant('2026-03-29T12:00')).toBe('2026-03-29T10:00:00.000Z');
    expect(dateTimeInputToInstant('2026-10-25T12:00')).toBe('2026-10-25T11:00:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    for (const value of ['', '2026-01-14', '2026-02-30T10:00', '2026-01-14T25:00', '14.01.2026 10:00']) {
      expect(dateTimeInputToInstant(value)).toBeNull();
    }
  });
});
