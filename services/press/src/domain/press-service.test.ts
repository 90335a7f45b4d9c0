import { describe, expect, it } from 'vitest';
import { deleteAfter } from './press-service.js';

describe('deleteAfter: press-log entries are kept for ten years', () => {
  it.each([
    ['2026-03-02T10:15:00.000Z', '2036-03-02T10:15:00.000Z'],
    ['2028-02-29T09:00:00.000Z', '2038-03-01T09:00:00.000Z'],
  ])('%s → %s', (received, expected) => {
    expect(deleteAfter(new Date(received)).toISOString()).toBe(expected);
  });
});
