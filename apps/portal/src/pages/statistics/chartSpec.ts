// What each chart on /statistikk shows, as plain data (unit tested). Drawing it is charts.ts's job,
// loaded only on that page; the same figures are always in a table next to the chart.
import type { CaseTypeFigures, GroupFigures, MonthFigures, OutcomeFigures } from '../../api/statistics';
import type { Language } from '../../i18n/languages';
import type { Messages } from '../../i18n/messages';
import { keyOf, outcomeKeys } from '../cases/caseTexts';
import { groupName, monthName } from './statisticsTexts';

/**
 * How a series is drawn. Never by colour alone: the first is solid (line with circles, filled
 * bars), the second dashed with triangles (line) or hatched with an outline (bars).
 */
export type SeriesStyle = 'first' | 'second';

export interface ChartSeries {
  label: string;
  /** One per label; null (suppressed) leaves a gap, never a zero. */
  values: (number | null)[];
  style: SeriesStyle;
}

export interface ChartSpec {
  type: 'line' | 'bar';
  /** Bars run from the left (for long category names such as case types). */
  horizontal: boolean;
  labels: string[];
  series: ChartSeries[];
  /** For the axis's numbers (e.g. "1 234" in Norwegian). */
  locale: string;
  /** What the numbers count, shown along the value axis. */
  valueTitle: string;
}

/**
 * A category label as it fits beside a horizontal chart: lines of at most `width` characters,
 * broken between words (a longer word is cut), at most `maxLines`, the last one ending in "…" if
 * the label goes on. The tooltip and the table have the whole name.
 */
export function wrapLabel(label: string, width: number, maxLines = 2): string[] {
  const size = Math.max(4, Math.floor(width));
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > size) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, size));
      rest = rest.slice(size);
      line = '';
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= size) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= size ? last.slice(0, size - 1) : last}…`;
  return kept;
}

/** The axes' font size: smaller on a narrow chart (a phone), so that names have room. */
export function axisFontSize(chartWidth: number): number {
  return chartWidth < 400 ? 12 : 14;
}

/** Characters per line for a horizontal chart's labels: about 45 % of its width. */
export function labelWidth(chartWidth: number): number {
  return Math.max(10, Math.floor((chartWidth * 0.45) / (axisFontSize(chartWidth) * 0.6)));
}

/** Received and decided per month of the year: a line chart (a time series). */
export function monthsChart(
  months: readonly MonthFigures[],
  m: Messages,
  language: Language,
  locale: string,
): ChartSpec {
  return {
    type: 'line',
    horizontal: false,
    labels: months.map((row) => monthName(row.month, language, 'short')),
    series: [
      { label: m.statisticsReceived, values: months.map((row) => row.received), style: 'first' },
      { label: m.statisticsDecided, values: months.map((row) => row.decided), style: 'second' },
    ],
    locale,
    valueTitle: m.statsCount,
  };
}

/** Received and decided per board or unit: grouped bars, names along the side. */
export function groupsChart(groups: readonly GroupFigures[], m: Messages, locale: string): ChartSpec {
  return {
    type: 'bar',
    horizontal: true,
    labels: groups.map((row) => groupName(row.group, m)),
    series: [
      { label: m.statisticsReceived, values: groups.map((row) => row.received), style: 'first' },
      { label: m.statisticsDecided, values: groups.map((row) => row.decided), style: 'second' },
    ],
    locale,
    valueTitle: m.statsCount,
  };
}

/** Decisions per outcome: one series of bars. */
export function outcomesChart(outcomes: readonly OutcomeFigures[], m: Messages, locale: string): ChartSpec {
  return {
    type: 'bar',
    horizontal: true,
    labels: outcomes.map((row) => {
      const key = keyOf(outcomeKeys, row.outcome);
      return key ? m[key] : row.outcome;
    }),
    series: [{ label: m.statsDecisions, values: outcomes.map((row) => row.count), style: 'first' }],
    locale,
    valueTitle: m.statsDecisions,
  };
}

/** The case types whose processing time is published (enough decisions). */
export function withProcessingTime(rows: readonly CaseTypeFigures[]): CaseTypeFigures[] {
  return rows.filter(
    (row) =>
      !row.processingTime.suppressed &&
      row.processingTime.medianWeeks !== null &&
      row.processingTime.p80Weeks !== null,
  );
}

/**
 * Median and 80th percentile in weeks per case type, for the types with enough decisions; null
 * when no type has (then the page says so, and the table shows "–").
 */
export function processingChart(
  rows: readonly CaseTypeFigures[],
  m: Messages,
  locale: string,
): ChartSpec | null {
  const shown = withProcessingTime(rows);
  if (shown.length === 0) return null;
  return {
    type: 'bar',
    horizontal: true,
    labels: shown.map((row) => row.caseType.name),
    series: [
      {
        label: m.statsSeriesMedian,
        values: shown.map((row) => row.processingTime.medianWeeks),
        style: 'first',
      },
      { label: m.statsSeriesP80, values: shown.map((row) => row.processingTime.p80Weeks), style: 'second' },
    ],
    locale,
    valueTitle: m.statsWeeksAxis,
  };
}

/** A height that gives every bar of a horizontal chart room for its label (pixels). */
export function chartHeight(spec: ChartSpec): number {
  if (!spec.horizontal) return 320;
  // room for a bar per series, or for two lines of label
  const perCategory = Math.max(14 + 16 * spec.series.length, 40);
  return Math.max(200, 90 + spec.labels.length * perCategory);
}
