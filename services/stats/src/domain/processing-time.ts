/** Processing time is kept as a histogram: whole weeks → number of decided cases. */
export type Histogram = ReadonlyMap<number, number>;

/** Beyond ten years the exact figure does not matter for the statistics. */
export const MAX_WEEKS = 520;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Whole weeks from receipt to decision (rounded down; at least 0, at most MAX_WEEKS). */
export function weeksBetween(receivedAt: Date, decidedAt: Date): number {
  const weeks = Math.floor((decidedAt.getTime() - receivedAt.getTime()) / WEEK_MS);
  return Math.min(Math.max(weeks, 0), MAX_WEEKS);
}

/**
 * The p-th percentile (0 < p ≤ 100) by the nearest-rank method: the smallest value with at least
 * p % of the decisions at or below it. Null for no decisions.
 */
export function percentileWeeks(histogram: Histogram, p: number): number | null {
  const sorted = [...histogram].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = sorted.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const [weeks, n] of sorted) {
    seen += n;
    if (seen >= rank) return weeks;
  }
  return sorted.at(-1)![0];
}

export type ProcessingTimeSummary = {
  /** Decisions it is based on (null when suppressed). */
  count: number | null;
  medianWeeks: number | null;
  p80Weeks: number | null;
  p90Weeks: number | null;
  suppressed: boolean;
};

/**
 * Median and upper percentiles of the processing time — not only a mean, which a few very long
 * cases pull far from what most complainants experience. Fewer decisions than the threshold say
 * nothing reliable and could point at a person: then nothing is given.
 */
export function summariseProcessingTime(histogram: Histogram, threshold: number): ProcessingTimeSummary {
  const count = [...histogram.values()].reduce((s, n) => s + n, 0);
  if (count < threshold)
    return { count: null, medianWeeks: null, p80Weeks: null, p90Weeks: null, suppressed: true };
  return {
    count,
    medianWeeks: percentileWeeks(histogram, 50),
    p80Weeks: percentileWeeks(histogram, 80),
    p90Weeks: percentileWeeks(histogram, 90),
    suppressed: false,
  };
}
