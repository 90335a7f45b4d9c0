import { err, ok, type Result } from '@klageportal/kit';
import type { Context } from '../context.js';
import { monthOf } from '../domain/period.js';
import { type ProcessingTimeSummary, summariseProcessingTime } from '../domain/processing-time.js';
import { courtCases, type YearStatistics, yearStatistics } from '../domain/statistics.js';
import { readPosition } from '../store/projection.store.js';
import {
  findCourtCounts,
  findHistograms,
  findMonthly,
  findOutcomes,
  findYears,
} from '../store/statistics.store.js';

export const MAX_YEARS = 10;

/**
 * A year's statistics change only when the projections move, and they move only together with
 * the feed position (one transaction): a year computed at a position is kept under that position
 * and served again until the position moves. Exact, per process, a few dozen years at most.
 */
const COMPUTED_MAX = 64;
export type YearCache = { years: Map<string, YearStatistics>; latest: Map<string, number | null> };
export const createYearCache = (): YearCache => ({ years: new Map(), latest: new Map() });

/** Public statistics for one calendar year (default: the latest year with figures). Anyone may read them. */
export async function getYear(ctx: Context, year: number | null): Promise<YearStatistics> {
  const now = ctx.deps.clock();
  const position = await readPosition(ctx.em);
  const chosen = year ?? (await latestYear(ctx, position)) ?? Number(monthOf(now).slice(0, 4));
  const key = `${chosen}|${ctx.deps.threshold}|${position}`;
  const computed = ctx.deps.cache.years;
  const known = computed.get(key);
  if (known) return known;
  const from = `${chosen}-01`;
  const to = `${chosen}-12`;
  const [monthly, outcomes, histograms] = await Promise.all([
    findMonthly(ctx.em, from, to),
    findOutcomes(ctx.em, from, to),
    findHistograms(ctx.em, from, to),
  ]);
  const result = yearStatistics({
    year: chosen,
    threshold: ctx.deps.threshold,
    monthly,
    outcomes,
    histograms,
  });
  if (computed.size >= COMPUTED_MAX) computed.delete(computed.keys().next().value!);
  computed.set(key, result);
  return result;
}

async function latestYear(ctx: Context, position: string): Promise<number | null> {
  const { latest } = ctx.deps.cache;
  if (!latest.has(position)) {
    latest.clear();
    latest.set(position, (await findYears(ctx.em))[0] ?? null);
  }
  return latest.get(position)!;
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
    from < 1990 ||
    // no figures exist for years that have not begun
    to > ctx.deps.clock().getUTCFullYear() + 1
  )
    return err('BAD_USER_INPUT', `years from 1990 to this year, from ≤ to, at most ${MAX_YEARS} at once`);
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
