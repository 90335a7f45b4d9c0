import type { GraphQLLanguage } from '../i18n/languages';
import type { CourtStatus, Outcome } from './cases';
import { graphqlRequest } from './graphql';

/**
 * A published count, or null when suppressed (below the threshold, or a figure that would reveal
 * one). Zero is a real zero.
 */
export type Count = number | null;

/** Processing time of decided cases in whole weeks; an estimate (nearest-rank percentiles). */
export interface ProcessingTime {
  decided: Count;
  medianWeeks: number | null;
  p80Weeks: number | null;
  p90Weeks: number | null;
  /** Too few decisions to say. */
  suppressed: boolean;
}

export interface MonthFigures {
  /** YYYY-MM (Norwegian time). */
  month: string;
  received: Count;
  decided: Count;
}

export interface CaseTypeFigures {
  caseType: { code: string; name: string };
  /** The board or unit deciding this type, e.g. PSN. */
  group: string;
  received: Count;
  decided: Count;
  processingTime: ProcessingTime;
}

export interface GroupFigures {
  group: string;
  received: Count;
  decided: Count;
}

export interface OutcomeFigures {
  outcome: Outcome;
  count: Count;
}

export interface YearStatistics {
  year: number;
  /** No published figure is below this. */
  threshold: number;
  received: Count;
  decided: Count;
  months: MonthFigures[];
  byCaseType: CaseTypeFigures[];
  byCaseTypeGroup: GroupFigures[];
  outcomes: OutcomeFigures[];
}

export interface CourtCases {
  total: Count;
  byStatus: { courtStatus: CourtStatus; count: Count }[];
}

export interface StatisticsPageData {
  statistics: YearStatistics | null;
  patientInjuryCourtCases: CourtCases | null;
}

export const PROCESSING_TIME_FIELDS = 'decided medianWeeks p80Weeks p90Weeks suppressed';

/** One year (the latest with figures when `year` is null) and the patient-injury cases now in court. */
export const STATISTICS_PAGE_QUERY = `query StatisticsPage($year: Int, $language: Language!) {
  statistics(year: $year) {
    year threshold received decided
    months { month received decided }
    byCaseType {
      caseType { code name(language: $language) }
      group received decided
      processingTime { ${PROCESSING_TIME_FIELDS} }
    }
    byCaseTypeGroup { group received decided }
    outcomes { outcome count }
  }
  patientInjuryCourtCases { total byStatus { courtStatus count } }
}`;

/** The year totals of a period (whole calendar years, at most ten): which years have figures. */
export const STATISTICS_YEARS_QUERY = `query StatisticsYears($from: Int!, $to: Int!) {
  statisticsForYears(from: $from, to: $to) { year received decided }
}`;

/** How many years back the year choice looks (the API gives at most ten at a time). */
export const YEARS_BACK = 9;

export function fetchStatisticsPage(
  variables: { year: number | null; language: GraphQLLanguage },
  signal?: AbortSignal,
): Promise<StatisticsPageData> {
  return graphqlRequest<StatisticsPageData, { year: number | null; language: GraphQLLanguage }>(
    STATISTICS_PAGE_QUERY,
    variables,
    signal,
  );
}

export interface YearTotals {
  year: number;
  received: Count;
  decided: Count;
}

/** The years (newest first) of the last ten up to `currentYear` that have figures. */
export async function fetchStatisticsYears(currentYear: number, signal?: AbortSignal): Promise<number[]> {
  const data = await graphqlRequest<
    { statisticsForYears: YearTotals[] | null },
    { from: number; to: number }
  >(STATISTICS_YEARS_QUERY, { from: currentYear - YEARS_BACK, to: currentYear }, signal);
  return yearsWithFigures(data.statisticsForYears ?? []);
}

/**
 * The years that have figures, newest first: any case received or decided in the year. A
 * suppressed total (null) means there were a few, so that year has figures too (shown as "–").
 */
export function yearsWithFigures(years: readonly YearTotals[]): number[] {
  return years
    .filter((y) => y.received !== 0 || y.decided !== 0)
    .map((y) => y.year)
    .sort((a, b) => b - a);
}

/** The year's figures as open data, through the gateway (`/open-data/` is proxied like `/graphql`). */
export function openDataUrl(year: number, format: 'csv' | 'json'): string {
  return `/open-data/statistikk-${year}.${format}`;
}
