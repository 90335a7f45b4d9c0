import { err, ok, type Result } from '@klageportal/kit';
import type { Context } from '../context.js';
import { monthOf } from '../domain/period.js';
import { type ProcessingTimeSummary, summariseProcessingTime } from '../domain/processing-time.js';
import { courtCases, type YearStatistics, yearStatistics } from '../domain/statistics.js';
import {
  findCourtCounts,
  findHistograms,
  findMonthly,
  findOutcomes,
  findYears,
} from '../store/statistics.store.js';

export const MAX_YEARS = 10;

/** Public statistics for one calendar year (default: the latest year with figures). Anyone may read them. */
export async function getYear(ctx: Context, year: number | null): Promise<YearStatistics> {
  const now = ctx.deps.clock();
  const chosen = year ?? (await findYears(ctx.em))[0] ?? Number(monthOf(now).slice(0, 4));
  const from = `${chosen}-01`;
  const to = `${chosen}-12`;
  const [monthly, outcomes, histograms] = await Promise.all([
    findMonthly(ctx.em, from, to),
    findOutcomes(ctx.em, from, to),
    findHistograms(ctx.em, from, to),
  ]);
  return yearStatistics({ year: chosen, threshold: ctx.deps.threshold, monthly, outcomes, histograms });
}

/** Public statistics for the years `from`..`to` (a period of whole calendar years, at most ten). */
export async function getYears(
  ctx: Context,
  from: number,
  to: number,
): Promise<Result<YearStatistics[], 'BAD_USER_INPUT'>> {
  if (
    !Number.isInteger(from) ||
    !Number.isInteger(to) ||
    from > to ||
    to - from + 1 > MAX_YEARS ||
    from < 1990
  )
    return err('BAD_USER_INPUT', `from ≤ to, at most ${MAX_YEARS} years`);
  const years: YearStatistics[] = [];
  for (let y = from; y <= to; y += 1) years.push(await getYear(ctx, y));
  return ok(years);
}

export function getCourtCases(ctx: Context) {
  return findCourtCounts(ctx.em).then((counts) => courtCases(counts, ctx.deps.threshold));
}

/**
 * The expected processing time of a case type, for the case page: decisions of the twelve whole
 * months before this one. An estimate; suppressed when too few decisions.
 */
export async function expectedProcessingTimes(
  ctx: Context,
  caseTypeCodes: readonly string[],
): Promise<ProcessingTimeSummary[]> {
  const now = ctx.deps.clock();
  const [y, m] = monthOf(now).split('-').map(Number) as [number, number];
  const to = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  const from = `${y - 1}-${String(m).padStart(2, '0')}`;
  const histograms = await findHistograms(ctx.em, from, to, caseTypeCodes);
  return caseTypeCodes.map((code) =>
    summariseProcessingTime(histograms.get(code) ?? new Map(), ctx.deps.threshold),
  );
}
