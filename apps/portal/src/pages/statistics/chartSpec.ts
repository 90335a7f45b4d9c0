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

/** Longest category label drawn on an axis; the table has the whole name. */
export const MAX_LABEL = 48;

/** Cuts a long label at a word where it can, with an ellipsis. */
export function shortLabel(label: string, max = MAX_LABEL): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,–-]+$/, '')}…`;
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
    labels: groups.map((row) => shortLabel(groupName(row.group, m))),
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
      return shortLabel(key ? m[key] : row.outcome);
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
    labels: shown.map((row) => shortLabel(row.caseType.name)),
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
  const perCategory = 14 + 16 * spec.series.length;
  return Math.max(200, 90 + spec.labels.length * perCategory);
}
