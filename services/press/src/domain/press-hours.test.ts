import { describe, expect, it } from 'vitest';
import {
  handlingExpected,
  isPublicHoliday,
  isWithinPressHours,
  nextPressHoursStart,
  pressHoursClose,
} from './press-hours.js';

// All instants are UTC; Oslo is UTC+1 in winter and UTC+2 in summer (DST 2026: 29 March – 25
// October; 2027: from 28 March). Each case names its Oslo wall-clock time and the reason.

describe('isWithinPressHours: weekdays 09:00–14:00 Oslo time, not on public holidays', () => {
  it.each([
    ['2026-01-13T09:00:00.000Z', true, 'Tuesday 10:00 Oslo in winter (UTC+1)'],
    ['2026-06-16T08:00:00.000Z', true, 'Tuesday 10:00 Oslo in summer (UTC+2)'],
    ['2026-01-13T08:00:00.000Z', true, 'Tuesday 09:00 Oslo: opening is inclusive'],
    ['2026-01-13T07:59:00.000Z', false, 'Tuesday 08:59 Oslo: before opening'],
    ['2026-01-13T12:59:59.999Z', true, 'Tuesday 13:59:59.999 Oslo: last instant'],
    ['2026-01-13T13:00:00.000Z', false, 'Tuesday 14:00 Oslo: closing is exclusive'],
    ['2026-06-16T12:00:00.000Z', false, 'Tuesday 14:00 Oslo in summer (12:00Z)'],
    ['2026-06-16T07:30:00.000Z', true, 'Tuesday 09:30 Oslo in summer (07:30Z): inside although 07:30 UTC'],
    ['2026-01-17T11:00:00.000Z', false, 'Saturday 12:00 Oslo: weekend'],
    ['2026-01-18T11:00:00.000Z', false, 'Sunday 12:00 Oslo: weekend'],
    ['2027-05-17T08:00:00.000Z', false, 'Monday 17 May 2027 10:00 Oslo: Grunnlovsdag'],
    ['2026-12-24T09:00:00.000Z', true, 'Thursday 24 December 2026 10:00: Christmas Eve is no public holiday'],
    ['2026-12-25T09:00:00.000Z', false, 'Friday 25 December 2026 10:00: first Christmas Day'],
    ['2027-01-01T09:00:00.000Z', false, 'Friday 1 January 2027 10:00: New Year’s Day'],
    ['2027-03-25T09:00:00.000Z', false, 'Thursday 25 March 2027 10:00: Maundy Thursday'],
    ['2027-05-06T08:00:00.000Z', false, 'Thursday 6 May 2027 10:00: Ascension Day'],
    ['2026-05-25T08:00:00.000Z', false, 'Monday 25 May 2026 10:00: Whit Monday'],
  ])('%s → %s (%s)', (at, expected) => {
    expect(isWithinPressHours(new Date(at))).toBe(expected);
  });
});

describe('isPublicHoliday: the Oslo calendar date is a Norwegian public holiday', () => {
  it.each([
    ['2026-12-24T11:00:00.000Z', false, 'Christmas Eve is type bank, not public'],
    ['2026-12-25T11:00:00.000Z', true, 'first Christmas Day'],
    ['2026-12-26T11:00:00.000Z', true, 'second Christmas Day'],
    ['2027-01-01T11:00:00.000Z', true, 'New Year’s Day'],
    ['2026-12-31T23:30:00.000Z', true, '1 January 2027 00:30 Oslo, though still 31 December in UTC'],
    ['2027-01-01T23:30:00.000Z', false, '2 January 2027 00:30 Oslo, though still 1 January in UTC'],
    ['2027-03-25T11:00:00.000Z', true, 'Maundy Thursday 2027'],
    ['2027-03-26T11:00:00.000Z', true, 'Good Friday 2027'],
    ['2027-03-27T11:00:00.000Z', false, 'Easter Saturday 2027 is no public holiday'],
    ['2027-03-29T10:00:00.000Z', true, 'Easter Monday 2027'],
    ['2027-05-06T10:00:00.000Z', true, 'Ascension Day 2027'],
    ['2027-05-17T10:00:00.000Z', true, 'Grunnlovsdag (and Whit Monday) 2027'],
    ['2026-05-25T10:00:00.000Z', true, 'Whit Monday 2026'],
    ['2026-05-01T10:00:00.000Z', true, 'Labour Day 2026'],
    ['2026-05-08T10:00:00.000Z', false, 'Liberation Day is an observance only'],
    ['2026-01-13T10:00:00.000Z', false, 'an ordinary Tuesday'],
  ])('%s → %s (%s)', (at, expected) => {
    expect(isPublicHoliday(new Date(at))).toBe(expected);
  });
});

describe('nextPressHoursStart: the first instant at or after `at` with press hours open', () => {
  it.each([
    ['2026-01-13T09:00:00.000Z', '2026-01-13T09:00:00.000Z', 'inside press hours: `at` itself'],
    ['2026-01-13T07:59:00.000Z', '2026-01-13T08:00:00.000Z', 'Tuesday 08:59 → 09:00 the same day'],
    ['2026-01-13T13:00:00.000Z', '2026-01-14T08:00:00.000Z', 'Tuesday 14:00 → Wednesday 09:00'],
    ['2026-01-17T11:00:00.000Z', '2026-01-19T08:00:00.000Z', 'Saturday → Monday 09:00'],
    ['2026-01-16T14:00:00.000Z', '2026-01-19T08:00:00.000Z', 'Friday 15:00 → Monday 09:00'],
    [
      '2026-01-18T23:30:00.000Z',
      '2026-01-19T08:00:00.000Z',
      'Monday 00:30 Oslo (Sunday in UTC) → Monday 09:00',
    ],
    [
      '2027-05-17T08:00:00.000Z',
      '2027-05-18T07:00:00.000Z',
      'Grunnlovsdag 17 May 2027 → Tuesday 18 May 09:00',
    ],
    [
      '2027-03-24T14:00:00.000Z',
      '2027-03-30T07:00:00.000Z',
      'Wednesday 24 March 2027 15:00 → Tuesday 30 March 09:00: Easter, and DST starts on 28 March',
    ],
    [
      '2026-03-29T10:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      'Sunday 29 March 2026 (DST start) → Monday 09:00 = 07:00Z',
    ],
    ['2026-03-27T14:00:00.000Z', '2026-03-30T07:00:00.000Z', 'Friday 15:00 in UTC+1 → Monday 09:00 in UTC+2'],
    [
      '2026-10-25T10:00:00.000Z',
      '2026-10-26T08:00:00.000Z',
      'Sunday 25 October 2026 (DST end) → Monday 09:00 = 08:00Z',
    ],
    [
      '2026-12-23T14:00:00.000Z',
      '2026-12-24T08:00:00.000Z',
      'Wednesday 23 December 15:00 → Christmas Eve 09:00 (a working day)',
    ],
    [
      '2026-12-24T14:00:00.000Z',
      '2026-12-28T08:00:00.000Z',
      'Christmas Eve 15:00 → Monday 28 December (25th, 26th, Sunday)',
    ],
    [
      '2026-12-31T14:00:00.000Z',
      '2027-01-04T08:00:00.000Z',
      'New Year’s Eve 15:00 → Monday 4 January (1 January, weekend)',
    ],
    [
      '2027-05-05T13:00:00.000Z',
      '2027-05-07T07:00:00.000Z',
      'Wednesday 15:00 → Friday 7 May: Ascension Day 2027 skipped',
    ],
    [
      '2026-05-22T13:00:00.000Z',
      '2026-05-26T07:00:00.000Z',
      'Friday 15:00 → Tuesday 26 May: Whit Monday 2026 skipped',
    ],
  ])('%s → %s (%s)', (at, expected) => {
    expect(nextPressHoursStart(new Date(at)).toISOString()).toBe(expected);
  });
});

describe('pressHoursClose: 14:00 Oslo the same day inside press hours, else null', () => {
  it.each<[string, string | null, string]>([
    ['2026-01-13T09:00:00.000Z', '2026-01-13T13:00:00.000Z', 'Tuesday 10:00 in winter → 14:00 = 13:00Z'],
    ['2026-06-16T08:00:00.000Z', '2026-06-16T12:00:00.000Z', 'Tuesday 10:00 in summer → 14:00 = 12:00Z'],
    ['2026-12-24T09:00:00.000Z', '2026-12-24T13:00:00.000Z', 'Christmas Eve 10:00 is inside'],
    ['2026-01-13T13:00:00.000Z', null, 'Tuesday 14:00: already closed'],
    ['2026-01-13T07:59:00.000Z', null, 'Tuesday 08:59: not yet open'],
    ['2026-01-17T11:00:00.000Z', null, 'Saturday'],
    ['2027-05-17T08:00:00.000Z', null, 'Grunnlovsdag 2027'],
  ])('%s → %s (%s)', (at, expected) => {
    expect(pressHoursClose(new Date(at))?.toISOString() ?? null).toBe(expected);
  });
});

describe('handlingExpected: an inquiry outside press hours is handled from the next opening', () => {
  it.each([
    ['2026-01-13T09:00:00.000Z', false, '2026-01-13T09:00:00.000Z', 'received inside press hours: at once'],
    ['2026-01-16T14:00:00.000Z', true, '2026-01-19T08:00:00.000Z', 'Friday 15:00 → Monday 09:00'],
    [
      '2027-03-24T14:00:00.000Z',
      true,
      '2027-03-30T07:00:00.000Z',
      'before Easter 2027 → Tuesday after Easter Monday',
    ],
  ])('%s → outside %s, from %s (%s)', (receivedAt, outsidePressHours, handledFrom) => {
    const expected = handlingExpected(new Date(receivedAt));
    expect({
      outsidePressHours: expected.outsidePressHours,
      handledFrom: expected.handledFrom.toISOString(),
    }).toEqual({ outsidePressHours, handledFrom });
  });
});

describe('invalid input', () => {
  it('rejects an invalid Date rather than guessing', () => {
    expect(() => isWithinPressHours(new Date('not a date'))).toThrow(RangeError);
  });
});
