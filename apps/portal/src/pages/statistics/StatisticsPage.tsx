import { Alert, Button, Heading, Link, List, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { type MouseEvent, type ReactNode, useCallback, useEffect, useId, useMemo, useState } from 'react';
import {
  type CourtCases,
  fetchStatisticsPage,
  fetchStatisticsYears,
  openDataUrl,
  type StatisticsPageData,
  type YearStatistics,
} from '../../api/statistics';
import { format, todayInOslo } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/I18nProvider';
import { toGraphQLLanguage } from '../../i18n/languages';
import { paths } from '../../routing/router';
import { courtStatusKeys, keyOf, outcomeKeys } from '../cases/caseTexts';
import { type ChartSpec, groupsChart, monthsChart, outcomesChart, processingChart } from './chartSpec';
import { StatisticsChart } from './StatisticsChart';
import { CountCell, SuppressedMark, SuppressionNote } from './StatisticsFigures';
import { anySuppressed, chartLocale, groupName, monthName, monthsSoFar } from './statisticsTexts';

type State = { status: 'loading' } | { status: 'error' } | { status: 'done'; data: StatisticsPageData };

/** `?year=2025` in the address (so a year can be linked to and comes back with the browser's back button). */
function yearInAddress(): number | null {
  const value = new URLSearchParams(window.location.search).get('year');
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}

function addressForYear(year: number): string {
  const url = new URL(window.location.href);
  url.searchParams.set('year', String(year));
  url.hash = '';
  return `${url.pathname}${url.search}`;
}

/** The year asked for (null: the latest with figures), following the address and the back button. */
function useChosenYear(): [number | null, (year: number) => void] {
  const [year, setYear] = useState<number | null>(yearInAddress);
  useEffect(() => {
    const onPopState = () => setYear(yearInAddress());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const choose = useCallback((next: number) => {
    window.history.pushState(null, '', addressForYear(next));
    setYear(next);
  }, []);
  return [year, choose];
}

function useStatistics(year: number | null): { state: State; retry(): void } {
  const { language } = useI18n();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    void attempt;
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchStatisticsPage({ year, language: toGraphQLLanguage(language) }, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'done', data });
      },
      () => {
        if (!controller.signal.aborted) setState({ status: 'error' });
      },
    );
    return () => controller.abort();
  }, [year, language, attempt]);
  return { state, retry: () => setAttempt((n) => n + 1) };
}

/** The years with figures (the last ten), for the year choice; empty until known or if unavailable. */
function useYears(): number[] {
  const [years, setYears] = useState<number[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    const currentYear = Number(todayInOslo(new Date()).slice(0, 4));
    fetchStatisticsYears(currentYear, controller.signal).then(
      (found) => {
        if (!controller.signal.aborted) setYears(found);
      },
      () => undefined, // the page still shows the latest year; only the choice is missing
    );
    return () => controller.abort();
  }, []);
  return years;
}

/**
 * `/statistikk`: public, no login. A year's cases received and decided per month and per board,
 * the outcomes of the decisions, the processing time per case type (median and 80th percentile,
 * estimates), and the patient-injury cases in court now. Every chart has a table with the same
 * figures; suppressed figures are "–" with the threshold explained; the year's figures as CSV/JSON.
 */
export function StatisticsPage() {
  const { messages: m } = useI18n();
  useDocumentTitle(m.statsPageHeading);
  const [year, chooseYear] = useChosenYear();
  const years = useYears();
  const { state, retry } = useStatistics(year);
  const [chosenByUser, setChosenByUser] = useState(false);
  const statistics = state.status === 'done' ? state.data.statistics : null;
  const shownYear = statistics?.year ?? year;

  return (
    <div className="stats-page" data-testid="stats-page">
      <Heading level={1} data-size="lg">
        {m.statsPageHeading}
      </Heading>
      <Paragraph variant="long" className="stats-page__intro">
        {m.statsPageIntro}
      </Paragraph>

      {years.length > 1 && (
        <YearChoice
          years={years}
          current={shownYear}
          onChoose={(next) => {
            setChosenByUser(true);
            chooseYear(next);
          }}
        />
      )}
      <p role="status" className="ds-sr-only" data-testid="stats-year-status">
        {chosenByUser && statistics ? format(m.statsYearShown, { year: statistics.year }) : ''}
      </p>

      {state.status === 'loading' && (
        <div className="status" role="status">
          <Spinner aria-hidden data-size="sm" />
          <span>{m.loading}</span>
        </div>
      )}
      {state.status === 'error' && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{m.errorMessage}</Paragraph>
          <Button type="button" variant="secondary" data-size="sm" onClick={retry}>
            {m.retry}
          </Button>
        </Alert>
      )}
      {state.status === 'done' && !statistics && <Paragraph>{m.statisticsUnavailable}</Paragraph>}
      {statistics && (
        <YearFigures
          statistics={statistics}
          court={state.status === 'done' ? state.data.patientInjuryCourtCases : null}
        />
      )}

      <Paragraph>
        <Link href={paths.start}>{m.backToStart}</Link>
      </Paragraph>
    </div>
  );
}

/** Links to the years with figures, newest first; the one shown is marked as current. */
function YearChoice({
  years,
  current,
  onChoose,
}: {
  years: number[];
  current: number | null;
  onChoose(year: number): void;
}) {
  const { messages: m } = useI18n();
  function follow(event: MouseEvent<HTMLAnchorElement>, year: number) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onChoose(year);
  }
  return (
    <nav aria-label={m.statsYearNavLabel} className="stats-years" data-testid="stats-years">
      <ul className="stats-years__list">
        {years.map((year) => (
          <li key={year}>
            <Link
              className="stats-years__link"
              href={addressForYear(year)}
              aria-current={year === current ? 'page' : undefined}
              onClick={(event) => follow(event, year)}
            >
              {year}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function YearFigures({ statistics, court }: { statistics: YearStatistics; court: CourtCases | null }) {
  const { language, messages: m } = useI18n();
  const year = String(statistics.year);
  const locale = chartLocale(language);
  const empty = statistics.received === 0 && statistics.decided === 0;
  const months = useMemo(() => monthsSoFar(statistics.months, new Date()), [statistics]);
  const specs = useMemo(
    () => ({
      months: monthsChart(months, m, language, locale),
      groups: groupsChart(statistics.byCaseTypeGroup, m, locale),
      outcomes: outcomesChart(statistics.outcomes, m, locale),
      processing: processingChart(statistics.byCaseType, m, locale),
    }),
    [statistics, months, m, language, locale],
  );

  return (
    <>
      <StatsSection heading={m.statsAboutHeading} testId="stats-about">
        <Paragraph variant="long">{m.statsAboutText}</Paragraph>
        <Paragraph variant="long">{m.statsAboutPrivacy}</Paragraph>
        <SuppressionNote threshold={statistics.threshold} />
      </StatsSection>

      <StatsSection heading={format(m.statsTotalsHeading, { year })} testId="stats-totals">
        {empty && <Paragraph>{m.statsNoFigures}</Paragraph>}
        <dl className="stats-totals" data-year={statistics.year}>
          <div>
            <dt>{m.statisticsReceived}</dt>
            <dd data-testid="stats-total-received">
              <Figure value={statistics.received} />
            </dd>
          </div>
          <div>
            <dt>{m.statisticsDecided}</dt>
            <dd data-testid="stats-total-decided">
              <Figure value={statistics.decided} />
            </dd>
          </div>
        </dl>
      </StatsSection>

      <StatsSection heading={m.statsMonthsHeading} testId="stats-months">
        <FiguresTable
          caption={format(m.statsMonthsCaption, { year })}
          chart={{ spec: specs.months, label: format(m.statsMonthsChartLabel, { year }) }}
          threshold={statistics.threshold}
          head={[m.statsMonth, m.statisticsReceived, m.statisticsDecided]}
          rows={months.map((row) => ({
            key: row.month,
            header: monthName(row.month, language),
            values: [row.received, row.decided],
          }))}
          total={{ header: m.statisticsTotal, values: [statistics.received, statistics.decided] }}
        />
      </StatsSection>

      <StatsSection heading={m.statsGroupsHeading} testId="stats-groups">
        <FiguresTable
          caption={format(m.statsGroupsCaption, { year })}
          chart={
            statistics.byCaseTypeGroup.length > 0
              ? { spec: specs.groups, label: format(m.statsGroupsChartLabel, { year }) }
              : null
          }
          threshold={statistics.threshold}
          head={[m.statsGroup, m.statisticsReceived, m.statisticsDecided]}
          rows={statistics.byCaseTypeGroup.map((row) => ({
            key: row.group,
            header: groupName(row.group, m),
            values: [row.received, row.decided],
          }))}
          total={{ header: m.statisticsTotal, values: [statistics.received, statistics.decided] }}
        />
      </StatsSection>

      <StatsSection heading={m.statsOutcomesHeading} testId="stats-outcomes">
        <FiguresTable
          caption={format(m.statsOutcomesCaption, { year })}
          chart={
            statistics.outcomes.length > 0
              ? { spec: specs.outcomes, label: format(m.statsOutcomesChartLabel, { year }) }
              : null
          }
          threshold={statistics.threshold}
          head={[m.statsOutcome, m.statsDecisions]}
          rows={statistics.outcomes.map((row) => {
            const key = keyOf(outcomeKeys, row.outcome);
            return { key: row.outcome, header: key ? m[key] : row.outcome, values: [row.count] };
          })}
          total={{ header: m.statisticsTotal, values: [statistics.decided] }}
        />
      </StatsSection>

      <StatsSection heading={m.statsProcessingHeading} testId="stats-processing">
        <Paragraph variant="long">{format(m.statsProcessingIntro, { year })}</Paragraph>
        <List.Unordered>
          <List.Item>{m.statsProcessingMedianExplained}</List.Item>
          <List.Item>{m.statsProcessingP80Explained}</List.Item>
        </List.Unordered>
        {!specs.processing && <Paragraph>{format(m.statsProcessingNone, { year })}</Paragraph>}
        <FiguresTable
          caption={format(m.statsProcessingCaption, { year })}
          chart={
            specs.processing
              ? { spec: specs.processing, label: format(m.statsProcessingChartLabel, { year }) }
              : null
          }
          threshold={statistics.threshold}
          head={[m.statisticsCaseType, m.statsDecisions, m.statsMedianWeeks, m.statsP80Weeks]}
          scrolls
          rows={statistics.byCaseType.map((row) => ({
            key: row.caseType.code,
            header: row.caseType.name,
            values: [row.processingTime.decided, row.processingTime.medianWeeks, row.processingTime.p80Weeks],
          }))}
        />
      </StatsSection>

      {court && (
        <StatsSection heading={m.statsCourtHeading} testId="stats-court">
          <Paragraph variant="long">{m.statsCourtIntro}</Paragraph>
          <FiguresTable
            caption={m.statsCourtCaption}
            chart={null}
            threshold={statistics.threshold}
            head={[m.statsCourtStatus, m.statsCount]}
            rows={court.byStatus.map((row) => {
              const key = keyOf(courtStatusKeys, row.courtStatus);
              return { key: row.courtStatus, header: key ? m[key] : row.courtStatus, values: [row.count] };
            })}
            total={{ header: m.statisticsTotal, values: [court.total] }}
          />
        </StatsSection>
      )}

      <StatsSection heading={m.statsDownloadHeading} testId="stats-download">
        <Paragraph>{format(m.statsDownloadIntro, { year })}</Paragraph>
        <List.Unordered>
          <List.Item>
            <Link href={openDataUrl(statistics.year, 'csv')} type="text/csv" data-testid="stats-download-csv">
              {format(m.statsDownloadCsv, { year })}
            </Link>
          </List.Item>
          <List.Item>
            <Link
              href={openDataUrl(statistics.year, 'json')}
              type="application/json"
              data-testid="stats-download-json"
            >
              {format(m.statsDownloadJson, { year })}
            </Link>
          </List.Item>
        </List.Unordered>
      </StatsSection>
    </>
  );
}

function StatsSection({
  heading,
  testId,
  children,
}: {
  heading: string;
  testId: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="stats-section" data-testid={testId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}

/** A figure in running text: the number, or "–" (read out as "not shown"). */
function Figure({ value }: { value: number | null }) {
  const { formatNumber } = useI18n();
  return value === null ? (
    <span data-value="">
      <SuppressedMark />
    </span>
  ) : (
    <span data-value={String(value)}>{formatNumber(value)}</span>
  );
}

interface FiguresRow {
  key: string;
  header: string;
  values: (number | null)[];
}

/**
 * A chart (if any) and its table: a caption, column headers, one row header per line; suppressed
 * figures are "–", explained under the table (the table is described by the explanation).
 */
function FiguresTable({
  caption,
  chart,
  threshold,
  head,
  rows,
  total,
  scrolls = false,
}: {
  caption: string;
  chart: { spec: ChartSpec; label: string } | null;
  threshold: number;
  head: string[];
  rows: FiguresRow[];
  total?: { header: string; values: (number | null)[] };
  /** A wide table: on a narrow screen it scrolls sideways in a region of its own (keyboard too). */
  scrolls?: boolean;
}) {
  const tableId = useId();
  const noteId = useId();
  const captionId = useId();
  const suppressed = anySuppressed([...rows.flatMap((row) => row.values), ...(total?.values ?? [])]);
  const table = (
    <Table
      id={tableId}
      zebra
      border
      className="statistics__table"
      data-testid="stats-table"
      aria-describedby={suppressed ? noteId : undefined}
    >
      <caption id={captionId}>{caption}</caption>
      <Table.Head>
        <Table.Row>
          {head.map((text, index) => (
            <Table.HeaderCell key={text} scope="col" className={index > 0 ? 'numeric' : undefined}>
              {text}
            </Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.key} data-key={row.key}>
            <Table.HeaderCell scope="row" className="row-header">
              {row.header}
            </Table.HeaderCell>
            {row.values.map((value, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
              <CountCell key={index} value={value} />
            ))}
          </Table.Row>
        ))}
      </Table.Body>
      {total && (
        <Table.Foot>
          <Table.Row data-key="total">
            <Table.HeaderCell scope="row" className="row-header">
              {total.header}
            </Table.HeaderCell>
            {total.values.map((value, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
              <CountCell key={index} value={value} />
            ))}
          </Table.Row>
        </Table.Foot>
      )}
    </Table>
  );
  return (
    <>
      {chart && <StatisticsChart spec={chart.spec} label={chart.label} tableId={tableId} />}
      {scrolls ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard
        <section className="stats-table-scroll" aria-labelledby={captionId} tabIndex={0}>
          {table}
        </section>
      ) : (
        table
      )}
      {suppressed && <SuppressionNote threshold={threshold} id={noteId} />}
    </>
  );
}
