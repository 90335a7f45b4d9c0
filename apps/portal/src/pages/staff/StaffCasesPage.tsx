import { Alert, Button, Link, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useCallback, useState } from 'react';
import { type CaseFilter, emptyFilter } from '../../api/cases';
import { fetchStaffCases, type StaffCaseRow, type StaffViewer } from '../../api/staff';
import { format, formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { toGraphQLLanguage } from '../../i18n/languages';
import { staffCasePath } from '../../routing/router';
import { CaseFilterForm } from '../cases/CaseFilterForm';
import { keyOf, roleKeys } from '../cases/caseTexts';
import { StatusText } from '../cases/MyCasesPage';
import { ShowMore } from '../cases/ShowMore';
import { useCaseTypes } from '../cases/useCaseTypes';
import { usePagedList } from '../cases/usePagedList';
import { StaffShell } from './StaffPages';

const rowKey = (row: StaffCaseRow) => row.id;

/** `/intern`: find cases (search, status, case type), a page at a time. */
export function StaffCasesPage({ viewer }: { viewer: StaffViewer }) {
  const { language, messages: m, formatNumber } = useI18n();
  const caseTypes = useCaseTypes();
  const [filter, setFilter] = useState<CaseFilter>(emptyFilter);
  const load = useCallback(
    async (after: string | null, signal: AbortSignal) => {
      const page = await fetchStaffCases({ language: toGraphQLLanguage(language), filter, after }, signal);
      return { items: page.nodes, ...page.pageInfo, totalCount: page.totalCount };
    },
    [language, filter],
  );
  const cases = usePagedList(JSON.stringify([language, filter]), load, rowKey);
  const { list } = cases;
  const filtered = filter.search !== '' || filter.status !== '' || filter.caseType !== '';

  return (
    <StaffShell title={m.staffFindHeading} viewer={viewer} current="find">
      <div className="cases-page" data-testid="staff-cases">
        <CaseFilterForm caseTypes={caseTypes} onSearch={setFilter} />
        <div role="status" className="cases-page__status" data-testid="cases-count">
          {cases.status === 'loading' && (
            <span className="status">
              <Spinner aria-hidden data-size="sm" />
              <span>{m.loading}</span>
            </span>
          )}
          {cases.status === 'success' &&
            list.totalCount > 0 &&
            format(m.casesCount, {
              shown: formatNumber(list.items.length),
              total: formatNumber(list.totalCount),
            })}
          {cases.status === 'success' &&
            list.totalCount === 0 &&
            (filtered ? m.casesNoMatch : m.staffCasesEmpty)}
        </div>
        {cases.status === 'error' && (
          <Alert data-color="danger" role="alert" className="start__error">
            <Paragraph>{m.errorMessage}</Paragraph>
            <Button type="button" variant="secondary" data-size="sm" onClick={cases.retry}>
              {m.retry}
            </Button>
          </Alert>
        )}
        {cases.status !== 'error' && list.items.length > 0 && (
          <Table border className="cases-table" data-testid="staff-cases-table">
            <caption>{m.staffCasesCaption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{m.caseColumnNumber}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.caseColumnType}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.caseColumnStatus}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.caseColumnReceived}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.caseColumnParties}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.items.map((row) => (
                <Table.Row key={row.id} data-testid="staff-case" data-case-number={row.caseNumber}>
                  <Table.HeaderCell scope="row" className="cases-table__key">
                    <Link href={staffCasePath(row.id)}>{row.caseNumber}</Link>
                  </Table.HeaderCell>
                  <Table.Cell>{row.caseType.name}</Table.Cell>
                  <Table.Cell>
                    <StatusText status={row.status} />
                  </Table.Cell>
                  <Table.Cell>{formatDate(row.receivedAt, language)}</Table.Cell>
                  <Table.Cell>
                    {row.parties
                      .map((p) => {
                        const key = keyOf(roleKeys, p.role);
                        return `${p.name} (${key ? m[key].toLowerCase() : p.role})`;
                      })
                      .join(', ')}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
        <ShowMore paged={cases} />
      </div>
    </StaffShell>
  );
}
