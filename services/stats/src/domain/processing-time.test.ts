import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countOf,
  type Histogram,
  MAX_WEEKS,
  meanWeeks,
  mergeHistograms,
  percentileWeeks,
  summariseProcessingTime,
  weeksBetween,
} from './processing-time.js';

const h = (entries: Record<number, number>): Histogram =>
  new Map(Object.entries(entries).map(([weeks, n]) => [Number(weeks), n]));

describe('weeksBetween: whole weeks, rounded down, 0 to 520', () => {
  it.each([
    ['2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 0],
    ['2026-01-01T00:00:00Z', '2026-01-07T23:59:59Z', 0],
    ['2026-01-01T00:00:00Z', '2026-01-08T00:00:00Z', 1],
    ['2026-01-01T00:00:00Z', '2026-03-05T12:00:00Z', 9],
    ['2026-01-01T00:00:00Z', '2025-12-01T00:00:00Z', 0],
    ['2016-01-01T00:00:00Z', '2025-12-18T00:00:00Z', 519],
    ['2000-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 520],
  ])('%s → %s: %s weeks', (a, b, weeks) => {
    expect(weeksBetween(new Date(a), new Date(b))).toBe(weeks);
  });
  it('caps at MAX_WEEKS', () => {
    expect(MAX_WEEKS).toBe(520);
  });
});

describe('percentileWeeks: nearest rank on every decided case', () => {
  // by hand: the five cases are 2, 4, 4, 4, 10 weeks; rank ⌈p/100 × 5⌉
  const five = h({ 2: 1, 4: 3, 10: 1 });
  it.each([
    [1, 2], // rank 1
    [20, 2], // rank 1
    [21, 4], // rank 2
    [50, 4], // rank 3
    [80, 4], // rank 4
    [81, 10], // rank 5
    [90, 10], // rank 5
    [100, 10], // rank 5
  ])('p%s = %s weeks', (p, weeks) => {
    expect(percentileWeeks(five, p)).toBe(weeks);
  });

  it.each<[string, Record<number, number>, number, number | null]>([
    ['no cases', {}, 50, null],
    ['only empty weeks', { 3: 0, 7: 0 }, 50, null],
    ['one case', { 6: 1 }, 90, 6],
    ['weeks given out of order', { 10: 1, 2: 1, 4: 3 }, 90, 10],
    ['an even count: the lower middle', { 1: 1, 2: 1, 3: 1, 4: 1 }, 50, 2],
    ['ten cases, p90 = the ninth', { 1: 9, 30: 1 }, 90, 1],
    ['ten cases, p91 = the tenth', { 1: 9, 30: 1 }, 91, 30],
  ])('%s', (_label, entries, p, weeks) => {
    expect(percentileWeeks(h(entries), p)).toBe(weeks);
  });

  it.each([0, -1, 100.5, Number.NaN])('refuses p = %s', (p) => {
    expect(() => percentileWeeks(five, p)).toThrow(RangeError);
  });

  it('is a week someone waited, and grows with p', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.integer({ min: 0, max: MAX_WEEKS }).map(String), fc.integer({ min: 0, max: 20 }), {
          minKeys: 1,
        }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        (entries, p, q) => {
          const histogram = h(entries as Record<number, number>);
          const a = percentileWeeks(histogram, Math.min(p, q));
          const b = percentileWeeks(histogram, Math.max(p, q));
          if (countOf(histogram) === 0) {
            expect([a, b]).toEqual([null, null]);
          } else {
            expect((histogram.get(a!) ?? 0) > 0).toBe(true);
            expect(a!).toBeLessThanOrEqual(b!);
          }
        },
      ),
    );
  });
});

describe('meanWeeks', () => {
  it.each<[Record<number, number>, number | null]>([
    [{ 2: 1, 4: 3, 10: 1 }, 4.8],
    [{ 1: 1, 2: 2 }, 1.7],
    [{ 0: 4 }, 0],
    [{}, null],
  ])('%o → %s', (entries, mean) => {
    expect(meanWeeks(h(entries))).toBe(mean);
  });
});

describe('mergeHistograms', () => {
  it('adds week by week, shortest first, without empty weeks', () => {
    expect([...mergeHistograms([h({ 4: 1, 2: 2 }), h({ 4: 3, 9: 0 }), h({ 1: 1 })])]).toEqual([
      [1, 1],
      [2, 2],
      [4, 4],
    ]);
  });
  it('of nothing is empty', () => {
    expect(mergeHistograms([]).size).toBe(0);
  });
});

describe('summariseProcessingTime: published from at least the threshold of decisions', () => {
  it('gives median, p80, p90 and mean from five decisions', () => {
    expect(summariseProcessingTime(h({ 2: 1, 4: 3, 10: 1 }), 5)).toEqual({
      count: 5,
      medianWeeks: 4,
      p80Weeks: 4,
      p90Weeks: 10,
      meanWeeks: 4.8,
      suppressed: false,
    });
  });

  const nothing = {
    count: null,
    medianWeeks: null,
    p80Weeks: null,
    p90Weeks: null,
    meanWeeks: null,
    suppressed: true,
  };
  it.each<[string, Record<number, number>, number]>([
    ['four decisions', { 3: 4 }, 5],
    ['one decision', { 30: 1 }, 5],
    ['no decisions', {}, 5],
    ['no decisions, threshold 1', {}, 1],
    ['nine decisions, threshold 10', { 1: 5, 2: 4 }, 10],
  ])('says nothing from %s', (_label, entries, threshold) => {
    expect(summariseProcessingTime(h(entries), threshold)).toEqual(nothing);
  });
});
