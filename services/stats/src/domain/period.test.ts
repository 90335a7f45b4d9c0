import { describe, expect, it } from 'vitest';
import { monthOf } from './period.js';

describe('monthOf: months are Norwegian months', () => {
  it.each([
    ['2026-12-31T22:59:59Z', '2026-12'],
    ['2026-12-31T23:30:00Z', '2027-01'],
    ['2026-06-30T21:59:59Z', '2026-06'],
    ['2026-06-30T22:00:00Z', '2026-07'],
  ])('%s → %s', (at, month) => {
    expect(monthOf(new Date(at))).toBe(month);
  });
});
