import type { Context } from '../context.js';
import { type Statistics, summariseYear } from '../domain/statistics.js';
import { findCaseTypeYears, findLatestYear } from '../store/statistics.store.js';

/** Public statistics for a year (default: the latest year with figures). Anyone may read them. */
export async function getStatistics(ctx: Context, year: number | null, now: Date): Promise<Statistics> {
  const chosen = year ?? (await findLatestYear(ctx.em)) ?? now.getUTCFullYear();
  return summariseYear(chosen, await findCaseTypeYears(ctx.em, chosen));
}
