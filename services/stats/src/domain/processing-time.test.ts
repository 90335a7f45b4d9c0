import { describe, expect, it } from 'vitest';
import { percentileWeeks, summariseProcessingTime, weeksBetween } from './processing-time.js';

describe('weeksBetween', () => {
  it.each([
    ['2026-01-01T00:00:00Z', '2026-01-07T23:59:59Z', 0],
    ['2026-01-01T00:00:00Z', '2026-01-08T00:00:00Z', 1],
    ['2026-01-01T00:00:00Z', '2025-12-01T00:00:00Z', 0],
    ['2000-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 520],
  ])('%s → %s: %s weeks', (a, b, weeks) => {
    expect(weeksBetween(new Date(a), new Date(b))).toBe(weeks);
  });
});

describe('percentileWeeks (nearest rank)', () => {
  const h = new Map([
    [2, 1],
    [4, 3],
    [10, 1],
  ]);
  it.each([
    [50, 4],
    [80, 4],
    [90, 10],
    [100, 10],
    [1, 2],
  ])('p%s = %s weeks', (p, weeks) => {
    expect(percentileWeeks(h, p)).toBe(weeks);
  });
  it('is null without decisions', () => {
    expect(percentileWeeks(new Map(), 50)).toBeNull();
  });
});

describe('summariseProcessingTime', () => {
  it('gives median and percentiles from five decisions', () => {
    expect(
      summariseProcessingTime(
        new Map([
          [2, 1],
          [4, 3],
          [10, 1],
        ]),
        5,
      ),
    ).toEqual({ count: 5, medianWeeks: 4, p80Weeks: 4, p90Weeks: 10, suppressed: false });
  });
  it('says nothing from four', () => {
    expect(summariseProcessingTime(new Map([[3, 4]]), 5)).toEqual({
      count: null,
      medianWeeks: null,
      p80Weeks: null,
      p90Weeks: null,
      suppressed: true,
    });
  });
});
