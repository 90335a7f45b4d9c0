import { err, ok, type Result } from '@klageportal/kit';

/** A calendar month, `YYYY-MM`, in Norwegian time. */
export type Month = string;

/** A period longer than this many months is refused (ten years). */
export const MAX_PERIOD_MONTHS = 120;

const MONTH = /^([1-9]\d{3})-(0[1-9]|1[0-2])$/;

const OSLO_MONTH = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
});

/**
 * "Months are Norwegian months": the month a moment falls in, in Europe/Oslo — a case received
 * 31 December 23:30 UTC (00:30 in Oslo) belongs to January.
 */
export function monthOf(at: Date): Month {
  const parts = OSLO_MONTH.formatToParts(at);
  const year = parts.find((p) => p.type === 'year')!.value;
  const month = parts.find((p) => p.type === 'month')!.value;
  return `${year}-${month}`;
}

/** Whether a string is a month, `YYYY-MM` (year 1000–9999, month 01–12). */
export function isMonth(value: string): value is Month {
  return MONTH.test(value);
}

/** The month as a number of months since year 0, so months can be compared and counted. */
function ordinal(month: Month): number {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`not a month (YYYY-MM): ${JSON.stringify(month)}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

function fromOrdinal(n: number): Month {
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** The year of a month. Throws on something that is not a month. */
export function yearOf(month: Month): number {
  return Math.floor(ordinal(month) / 12);
}

/** Every month from `from` to `to`, both included; empty when `from` is after `to`. */
export function monthsBetween(from: Month, to: Month): Month[] {
  const [a, b] = [ordinal(from), ordinal(to)];
  return Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => fromOrdinal(a + i));
}

/**
 * "A period of statistics is whole months, at most ten years": checks the months asked for.
 * Left out (null or undefined), `to` is the current month (in Oslo) and `from` January of the
 * year before `to`'s — with neither given, January last year to this month, so this year so far
 * can be compared with all of last year. Refused (`INVALID_PERIOD`, with a detail for the log): a
 * month that is not `YYYY-MM`, `from` after `to`, or more than MAX_PERIOD_MONTHS months. A
 * period reaching into the future is allowed: its months have no cases yet.
 */
export function checkPeriod(
  from: Month | null | undefined,
  to: Month | null | undefined,
  now: Date,
): Result<{ from: Month; to: Month }, 'INVALID_PERIOD'> {
  if (from != null && !isMonth(from)) return err('INVALID_PERIOD', 'from is not a month (YYYY-MM)');
  if (to != null && !isMonth(to)) return err('INVALID_PERIOD', 'to is not a month (YYYY-MM)');
  const end = to ?? monthOf(now);
  const start = from ?? `${Math.max(yearOf(end) - 1, 1000)}-01`;
  const length = ordinal(end) - ordinal(start) + 1;
  if (length < 1) return err('INVALID_PERIOD', 'from is after to');
  if (length > MAX_PERIOD_MONTHS)
    return err('INVALID_PERIOD', `the period is longer than ${MAX_PERIOD_MONTHS} months`);
  return ok({ from: start, to: end });
}
