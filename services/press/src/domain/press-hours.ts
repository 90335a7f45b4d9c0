import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { PRESS_HOURS } from './press-service.js';

// Press hours as a pure function of the instant: "Vi svarer på pressehenvendelser hverdager
// kl. 9.00–14.00." — weekdays 09:00 (inclusive) to 14:00 (exclusive), Norwegian wall-clock time
// (Europe/Oslo, so UTC+1 in winter and UTC+2 in summer), not on Norwegian public holidays.
// Only holidays of type `public` count: Christmas Eve (`bank`) and observances are ordinary days.

/** Constructed once: the Norwegian calendar, public holidays only, in Oslo time. */
const NORWEGIAN_PUBLIC_HOLIDAYS = new Holidays('NO', {
  types: ['public'],
  timezone: PRESS_HOURS.timeZone,
});

/** No run of non-working days in Norway comes close to this; it only bounds the search. */
const MAX_DAYS_AHEAD = 30;

type ClockTime = { hour: number; minute: number };

function parseClock(value: string): ClockTime {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  if (!match || hour > 23 || minute > 59) {
    throw new Error(`press hours: expected HH:mm, got ${JSON.stringify(value)}`);
  }
  return { hour, minute };
}

const ANSWERS_FROM = parseClock(PRESS_HOURS.answersFrom);
const ANSWERS_TO = parseClock(PRESS_HOURS.answersTo);

function inOslo(at: Date): DateTime {
  const local = DateTime.fromJSDate(at, { zone: PRESS_HOURS.timeZone });
  if (!local.isValid) {
    throw new RangeError(`press hours: invalid date (${local.invalidExplanation ?? 'unknown'})`);
  }
  return local;
}

/** The given wall-clock time on the Oslo calendar day of `day` (DST-aware). */
function atClock(day: DateTime, clock: ClockTime): DateTime {
  return day.set({ hour: clock.hour, minute: clock.minute, second: 0, millisecond: 0 });
}

function isPublicHolidayOn(day: DateTime): boolean {
  const isoDate = day.toISODate();
  if (isoDate === null) return false;
  const holidays = NORWEGIAN_PUBLIC_HOLIDAYS.isHoliday(isoDate);
  return (
    holidays !== false &&
    holidays.some((holiday) => holiday.type === 'public' && holiday.date.startsWith(isoDate))
  );
}

/** Mon–Fri in Oslo and (as the press page says) not a public holiday. */
function isWorkingDay(day: DateTime): boolean {
  const weekday = day.weekday <= 5; // luxon: 1 = Monday … 7 = Sunday
  return weekday && !(PRESS_HOURS.excludesPublicHolidays && isPublicHolidayOn(day));
}

function isOpen(local: DateTime): boolean {
  return isWorkingDay(local) && local >= atClock(local, ANSWERS_FROM) && local < atClock(local, ANSWERS_TO);
}

/**
 * "Vi svarer på pressehenvendelser hverdager kl. 9.00–14.00." — whether the Oslo calendar date
 * of `at` is a Norwegian public holiday (type `public` only; Christmas Eve is not one).
 */
export function isPublicHoliday(at: Date): boolean {
  return isPublicHolidayOn(inOslo(at));
}

/**
 * "Vi svarer på pressehenvendelser hverdager kl. 9.00–14.00." — `at` falls on a weekday in
 * Oslo that is not a public holiday, at or after 09:00 and before 14:00 Oslo time.
 */
export function isWithinPressHours(at: Date): boolean {
  return isOpen(inOslo(at));
}

/**
 * "Vi svarer på pressehenvendelser hverdager kl. 9.00–14.00." — the first instant at or after
 * `at` when press hours are open: `at` itself inside press hours, otherwise 09:00 Oslo time on
 * the next working day (weekends and public holidays skipped).
 */
export function nextPressHoursStart(at: Date): Date {
  const local = inOslo(at);
  if (isOpen(local)) return new Date(at.getTime());
  const today = local.startOf('day');
  for (let offset = 0; offset <= MAX_DAYS_AHEAD; offset += 1) {
    const day = today.plus({ days: offset });
    const opening = atClock(day, ANSWERS_FROM);
    if (opening >= local && isWorkingDay(day)) return opening.toJSDate();
  }
  throw new Error(`press hours: no opening within ${MAX_DAYS_AHEAD} days of ${at.toISOString()}`);
}

/**
 * "Vi svarer på pressehenvendelser hverdager kl. 9.00–14.00." — when the press-hours window
 * that `at` is in closes (14:00 Oslo time that day), or null when `at` is outside press hours.
 */
export function pressHoursClose(at: Date): Date | null {
  const local = inOslo(at);
  return isOpen(local) ? atClock(local, ANSWERS_TO).toJSDate() : null;
}

/**
 * "Vi svarer på pressehenvendelser hverdager kl. 9.00–14.00." — for the press log: an inquiry
 * received outside press hours is handled from the next opening; one received inside, at once.
 */
export function handlingExpected(receivedAt: Date): {
  outsidePressHours: boolean;
  handledFrom: Date;
} {
  return {
    outsidePressHours: !isWithinPressHours(receivedAt),
    handledFrom: nextPressHoursStart(receivedAt),
  };
}
