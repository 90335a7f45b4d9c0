import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { StartPageData } from '../api/startPage';
import { format } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';

export function StatisticsSection({ statistics }: { statistics: StartPageData['statistics'] }) {
  const { messages: m, formatNumber } = useI18n();
  const headingId = useId();

  if (!statistics) {
    return <Paragraph>{m.statisticsUnavailable}</Paragraph>;
  }

  const year = String(statistics.year);
  return (
    <section aria-labelledby={headingId} className="statistics">
      <Heading level={2} data-size="sm" id={headingId}>
        {format(m.statisticsHeading, { year })}
      </Heading>
      <Paragraph>{format(m.statisticsIntro, { year })}</Paragraph>
      {statistics.byCaseType.length === 0 && <Paragraph>{m.statisticsEmpty}</Paragraph>}
      <Table data-testid="statistics-table" zebra border className="statistics__table">
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
            <Table.Row key={row.caseType.code}>
              <Table.HeaderCell scope="row" className="row-header">
                {row.caseType.name}
              </Table.HeaderCell>
              <Table.Cell className="numeric">{formatNumber(row.received)}</Table.Cell>
              <Table.Cell className="numeric">{formatNumber(row.decided)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        <Table.Foot>
          <Table.Row>
            <Table.HeaderCell scope="row" className="row-header">
              {m.statisticsTotal}
            </Table.HeaderCell>
            <Table.Cell className="numeric">{formatNumber(statistics.received)}</Table.Cell>
            <Table.Cell className="numeric">{formatNumber(statistics.decided)}</Table.Cell>
          </Table.Row>
        </Table.Foot>
      </Table>
    </section>
  );
}
