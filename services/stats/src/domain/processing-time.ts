/**
 * Processing time is kept as a histogram: whole weeks from receipt to decision → the number of
 * decided cases that took that long. Weeks with no cases may be left out; a count of 0 is the
 * same as leaving the week out.
 */
export type Histogram = ReadonlyMap<number, number>;

/** Beyond ten years the exact figure does not matter for the statistics: longer is counted as this. */
export const MAX_WEEKS = 520;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * "Processing time in whole weeks": from receipt to decision, rounded down, at least 0 (a decision
 * dated before receipt is a data error, not a negative time) and at most MAX_WEEKS. Exact
 * 7 × 24-hour weeks; a daylight-saving change moves a boundary by an hour, which is fine for
 * weeks.
 */
export function weeksBetween(receivedAt: Date, decidedAt: Date): number {
  const weeks = Math.floor((decidedAt.getTime() - receivedAt.getTime()) / WEEK_MS);
  return Math.min(Math.max(weeks, 0), MAX_WEEKS);
}

/** The histogram's weeks with at least one case, shortest first. */
function sortedEntries(histogram: Histogram): [number, number][] {
  return [...histogram].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
}

/** The number of decided cases the histogram holds. */
export function countOf(histogram: Histogram): number {
  let count = 0;
  for (const n of histogram.values()) if (n > 0) count += n;
  return count;
}

/**
 * The p-th percentile (0 < p ≤ 100) by the nearest-rank method: list every decided case by its
 * weeks, shortest first; the answer is the weeks of the case at rank ⌈p/100 × count⌉, that is the
 * smallest number of weeks with at least p % of the cases at or below it. Always a week someone
 * actually waited, never an interpolation. Null for no cases.
 */
export function percentileWeeks(histogram: Histogram, p: number): number | null {
  if (!(p > 0 && p <= 100)) throw new RangeError(`a percentile is above 0 and at most 100, got ${p}`);
  const entries = sortedEntries(histogram);
  const count = entries.reduce((s, [, n]) => s + n, 0);
  if (count === 0) return null;
  // p × count first: for a whole p the product is exact, so 80 % of 5 is rank 4, not 4.000000000000001
  const rank = Math.max(1, Math.ceil((p * count) / 100));
  let seen = 0;
  for (const [weeks, n] of entries) {
    seen += n;
    if (seen >= rank) return weeks;
  }
  return entries.at(-1)![0];
}

/** The mean in weeks, to one decimal. Null for no cases. */
export function meanWeeks(histogram: Histogram): number | null {
  const entries = sortedEntries(histogram);
  const count = entries.reduce((s, [, n]) => s + n, 0);
  if (count === 0) return null;
  const total = entries.reduce((s, [weeks, n]) => s + weeks * n, 0);
  return Math.round((total / count) * 10) / 10;
}

/** Adds histograms week by week (several case types, or months, into one). Weeks without cases are left out. */
export function mergeHistograms(histograms: Iterable<Histogram>): Histogram {
  const merged = new Map<number, number>();
  for (const histogram of histograms)
    for (const [weeks, n] of histogram) if (n > 0) merged.set(weeks, (merged.get(weeks) ?? 0) + n);
  return new Map([...merged].sort(([a], [b]) => a - b));
}

export type ProcessingTimeSummary = {
  /** Decided cases it is based on; null when suppressed. */
  count: number | null;
  medianWeeks: number | null;
  p80Weeks: number | null;
  p90Weeks: number | null;
  /** Pulled up by a few very long cases: published beside the median, never instead of it. */
  meanWeeks: number | null;
  suppressed: boolean;
};

/**
 * "Processing time is published from at least `threshold` decisions": median, 80th and 90th
 * percentile (nearest rank) and mean. The percentiles say what most complainants experience; a
 * mean alone is pulled far up by a few very long cases (and cases over ten years count as
 * MAX_WEEKS). With fewer decisions than the threshold the figures say nothing reliable and could
 * point at a person: then nothing is given — `suppressed`, and every figure null, the count
 * too. This includes no decisions at all: then there is nothing to summarise, and callers use an
 * empty histogram to withhold a summary whose count is itself suppressed elsewhere; how many
 * cases were decided is published (or not) by the tables of counts, not here.
 */
export function summariseProcessingTime(histogram: Histogram, threshold: number): ProcessingTimeSummary {
  const count = countOf(histogram);
  if (count < threshold || count === 0)
    return {
      count: null,
      medianWeeks: null,
      p80Weeks: null,
      p90Weeks: null,
      meanWeeks: null,
      suppressed: true,
    };
  return {
    count,
    medianWeeks: percentileWeeks(histogram, 50),
    p80Weeks: percentileWeeks(histogram, 80),
    p90Weeks: percentileWeeks(histogram, 90),
    meanWeeks: meanWeeks(histogram),
    suppressed: false,
  };
}
