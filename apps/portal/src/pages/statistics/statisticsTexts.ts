// Pure formatting of the public statistics (unit tested; no React, no DOM): suppressed figures,
// weeks, months and the names of the boards. Shared by /statistikk, the start page and the case page.
import type { Count, ProcessingTime } from '../../api/statistics';
import { format, formatNumber, todayInOslo } from '../../i18n/format';
import { type Language, toIntlLocales } from '../../i18n/languages';
import type { MessageKey, Messages } from '../../i18n/messages';

/** What a suppressed figure looks like in a table or text (an en dash). */
export const SUPPRESSED_MARK = '–';

/** A figure for a table cell: the number in the language's way, or "–" when suppressed (null). */
export function formatCount(value: Count | undefined, language: Language): string {
  return value === null || value === undefined ? SUPPRESSED_MARK : formatNumber(value, language);
}

/** Whether any of the figures is suppressed (then the page explains "–"). */
export function anySuppressed(values: Iterable<Count | undefined>): boolean {
  for (const value of values) if (value === null || value === undefined) return true;
  return false;
}

/** "«–» betyr at tallet ikke vises. Tall under 5 vises ikke, og heller ikke tall som kan avsløre dem." */
export function suppressionNote(threshold: number, m: Messages, language: Language): string {
  return format(m.statisticsSuppressedNote, { threshold: formatNumber(threshold, language) });
}

function pluralRules(language: Language): Intl.PluralRules {
  return new Intl.PluralRules(toIntlLocales(language));
}

/**
 * A processing time in whole weeks (rounded down): "1 uke", "12 uker", "under 1 uke" for zero
 * (decided within the first week); "–" when not given.
 */
export function formatWeeks(weeks: number | null | undefined, m: Messages, language: Language): string {
  if (weeks === null || weeks === undefined) return SUPPRESSED_MARK;
  if (weeks === 0) return m.statsWeeksUnderOne;
  const template = pluralRules(language).select(weeks) === 'one' ? m.statsWeeksOne : m.statsWeeksOther;
  return format(template, { count: formatNumber(weeks, language) });
}

function monthDate(month: string): Date | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const index = Number(match[2]) - 1;
  if (index < 0 || index > 11) return null;
  // Mid-month at noon UTC: the same month in every time zone.
  return new Date(Date.UTC(Number(match[1]), index, 15, 12));
}

/** `2026-03` → "mars" / "March" (long) or "mar." / "Mar" (short, for a chart's axis). Anything else as is. */
export function monthName(month: string, language: Language, style: 'long' | 'short' = 'long'): string {
  const date = monthDate(month);
  if (!date) return month;
  return new Intl.DateTimeFormat(toIntlLocales(language), { month: style, timeZone: 'UTC' }).format(date);
}

/**
 * The months of a year that have begun (in Norway): a month still to come has nothing to show yet,
 * and a line dropping to zero there would read as a fall.
 */
export function monthsSoFar<T extends { month: string }>(months: readonly T[], now: Date): T[] {
  const current = todayInOslo(now).slice(0, 7);
  return months.filter((row) => row.month <= current);
}

/** The boards and units that decide the case types (`group` in the API). */
export const groupKeys: Readonly<Record<string, MessageKey>> = {
  PSN: 'groupPSN',
  HPN: 'groupHPN',
  APN: 'groupAPN',
  KBU: 'groupKBU',
  PGDN: 'groupPGDN',
  HELSEKLAGE: 'groupHELSEKLAGE',
};

/** A board's name; a code the portal does not know yet is shown as it is. */
export function groupName(group: string, m: Messages): string {
  const key = Object.hasOwn(groupKeys, group) ? groupKeys[group] : undefined;
  return key ? m[key] : group;
}

/** What the case page says about the expected processing time of the case's type. */
export type ExpectedProcessingTime =
  | { kind: 'estimate'; median: string; p80: string; basis: string | null }
  | { kind: 'tooFew'; text: string };

/**
 * The case page's estimate, from the decisions of the last twelve months: the median and the 80th
 * percentile in weeks, and how many decisions it rests on; too few decisions (suppressed, or no
 * figure at all) say so instead of guessing.
 */
export function expectedProcessingTime(
  time: ProcessingTime | null | undefined,
  m: Messages,
  language: Language,
): ExpectedProcessingTime {
  if (!time || time.suppressed || time.medianWeeks === null || time.p80Weeks === null) {
    return { kind: 'tooFew', text: m.caseExpectedTooFew };
  }
  return {
    kind: 'estimate',
    median: formatWeeks(time.medianWeeks, m, language),
    p80: formatWeeks(time.p80Weeks, m, language),
    basis:
      time.decided === null
        ? null
        : format(m.caseExpectedBasis, { count: formatNumber(time.decided, language) }),
  };
}

/**
 * The locale to give the chart library (one string): the language's first locale this browser
 * supports, so that Norwegian figures never come out as "4,000" where nn-NO is missing.
 */
export function chartLocale(language: Language): string {
  return Intl.NumberFormat.supportedLocalesOf(toIntlLocales(language))[0] ?? 'nb-NO';
}
