import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { StartPageData } from '../api/startPage';
import { format } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';
import { paths } from '../routing/router';
import { CountCell, SuppressionNote } from './statistics/StatisticsFigures';
import { anySuppressed } from './statistics/statisticsTexts';

export function StatisticsSection({ statistics }: { statistics: StartPageData['statistics'] }) {
  const { messages: m } = useI18n();
  const headingId = useId();
  const noteId = useId();

  if (!statistics) {
    return (
      <section aria-labelledby={headingId} className="statistics">
        <Heading level={2} data-size="sm" id={headingId}>
          {m.statsPageHeading}
        </Heading>
        <Paragraph>{m.statisticsUnavailable}</Paragraph>
        <Paragraph>
          <Link href={paths.statistics}>{m.statisticsMoreLink}</Link>
        </Paragraph>
      </section>
    );
  }

  const year = String(statistics.year);
  const suppressed = anySuppressed([
    statistics.received,
    statistics.decided,
    ...statistics.byCaseType.flatMap((row) => [row.received, row.decided]),
  ]);
  return (
    <section aria-labelledby={headingId} className="statistics">
      <Heading level={2} data-size="sm" id={headingId}>
        {format(m.statisticsHeading, { year })}
      </Heading>
      <Paragraph>{format(m.statisticsIntro, { year })}</Paragraph>
      {statistics.byCaseType.length === 0 && <Paragraph>{m.statisticsEmpty}</Paragraph>}
      <Table
        data-testid="statistics-table"
        zebra
        border
        className="statistics__table"
        aria-describedby={suppressed ? noteId : undefined}
      >
        <caption>{format(m.statisticsCaption, { year })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{m.statisticsCaseType}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {m.statisticsReceived}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {m.statisticsDecided}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {statistics.byCaseType.map((row) => (
            <Table.Row key={row.caseType.code} data-key={row.caseType.code}>
              <Table.HeaderCell scope="row" className="row-header">
                {row.caseType.name}
              </Table.HeaderCell>
              <CountCell value={row.received} />
              <CountCell value={row.decided} />
            </Table.Row>
          ))}
        </Table.Body>
        <Table.Foot>
          <Table.Row data-key="total">
            <Table.HeaderCell scope="row" className="row-header">
              {m.statisticsTotal}
            </Table.HeaderCell>
            <CountCell value={statistics.received} />
            <CountCell value={statistics.decided} />
          </Table.Row>
        </Table.Foot>
      </Table>
      {suppressed && <SuppressionNote threshold={statistics.threshold} id={noteId} />}
      <Paragraph>
        <Link href={paths.statistics} data-testid="statistics-more">
          {m.statisticsMoreLink}
        </Link>
      </Paragraph>
    </section>
  );
}
