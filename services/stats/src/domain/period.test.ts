import { describe, expect, it } from 'vitest';
import { checkPeriod, isMonth, MAX_PERIOD_MONTHS, monthOf, monthsBetween, yearOf } from './period.js';

describe('monthOf: months are Norwegian months', () => {
  it.each([
    ['2026-12-31T22:59:59Z', '2026-12'], // 23:59:59 in Oslo (CET, +1)
    ['2026-12-31T23:30:00Z', '2027-01'], // 00:30 on 1 January in Oslo
    ['2027-01-01T00:00:00Z', '2027-01'],
    ['2026-06-30T21:59:59Z', '2026-06'], // 23:59:59 in Oslo (CEST, +2)
    ['2026-06-30T22:00:00Z', '2026-07'],
    ['2026-03-31T21:30:00Z', '2026-03'], // summer time since 29 March: 23:30
    ['2026-10-31T23:30:00Z', '2026-11'], // winter time since 25 October: 00:30
    ['2026-02-28T23:00:00Z', '2026-03'],
  ])('%s → %s', (at, month) => {
    expect(monthOf(new Date(at))).toBe(month);
  });
});

describe('isMonth', () => {
  it.each([
    ['2026-01', true],
    ['2026-12', true],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-1', false],
    ['26-01', false],
    ['0999-01', false],
    ['2026-01-01', false],
    [' 2026-01', false],
    ['', false],
  ])('%j → %s', (value, valid) => {
    expect(isMonth(value)).toBe(valid);
  });
});

describe('yearOf', () => {
  it.each([
    ['2026-01', 2026],
    ['1999-12', 1999],
  ])('%s → %s', (month, year) => {
    expect(yearOf(month)).toBe(year);
  });
  it('refuses what is not a month', () => {
    expect(() => yearOf('2026')).toThrow(RangeError);
  });
});

describe('monthsBetween: both ends included', () => {
  it.each<[string, string, string[]]>([
    ['2026-03', '2026-03', ['2026-03']],
    ['2025-11', '2026-02', ['2025-11', '2025-12', '2026-01', '2026-02']],
    ['2026-02', '2026-01', []],
  ])('%s..%s', (from, to, months) => {
    expect(monthsBetween(from, to)).toEqual(months);
  });
  it('counts ten whole years as 120 months', () => {
    const months = monthsBetween('2017-01', '2026-12');
    expect(months).toHaveLength(120);
    expect(months.at(-1)).toBe('2026-12');
  });
  it('refuses what is not a month', () => {
    expect(() => monthsBetween('2026-1', '2026-02')).toThrow(RangeError);
  });
});

describe('checkPeriod: whole months, at most ten years; January last year to this month by default', () => {
  // 00:30 on 1 January 2027 in Oslo: the current month is already January 2027
  const now = new Date('2026-12-31T23:30:00Z');
  const midYear = new Date('2026-06-15T10:00:00Z');

  it.each<[string, string | null | undefined, string | null | undefined, Date, string, string]>([
    ['nothing given', undefined, undefined, midYear, '2025-01', '2026-06'],
    ['nulls as nothing', null, null, midYear, '2025-01', '2026-06'],
    ['the current month in Oslo', null, null, now, '2026-01', '2027-01'],
    ['only from', '2026-03', null, midYear, '2026-03', '2026-06'],
    ['only to: January the year before it', null, '2020-05', midYear, '2019-01', '2020-05'],
    ['both', '2024-02', '2024-11', midYear, '2024-02', '2024-11'],
    ['one month', '2024-02', '2024-02', midYear, '2024-02', '2024-02'],
    ['exactly ten years', '2017-01', '2026-12', midYear, '2017-01', '2026-12'],
    ['into the future', '2026-01', '2027-12', midYear, '2026-01', '2027-12'],
  ])('%s', (_label, from, to, at, start, end) => {
    expect(checkPeriod(from, to, at)).toEqual({ ok: true, value: { from: start, to: end } });
  });

  it.each<[string, string | null, string | null]>([
    ['from after to', '2026-05', '2026-04'],
    ['from after the default to', '2026-07', null],
    ['over ten years', '2016-12', '2026-12'],
    ['over ten years to now', '2016-05', null],
    ['a malformed from', '2026-13', '2026-12'],
    ['a malformed to', '2026-01', '2026-1'],
    ['an empty from', '', null],
    ['a date, not a month', '2026-01-01', null],
  ])('refuses %s', (_label, from, to) => {
    const result = checkPeriod(from, to, midYear);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe('INVALID_PERIOD');
  });

  it('allows at most 120 months', () => {
    expect(MAX_PERIOD_MONTHS).toBe(120);
  });
});
