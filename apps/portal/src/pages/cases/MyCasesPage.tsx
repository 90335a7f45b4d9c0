import { Alert, Button, Heading, Link, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { useCallback, useMemo, useState } from 'react';
import {
  type CaseFilter,
  type CaseTypeOption,
  emptyFilter,
  fetchMyCases,
  type MyCase,
} from '../../api/cases';
import type { PersonRef } from '../../api/startPage';
import { ContactSection } from '../../components/ContactSection';
import { format, formatDate } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/I18nProvider';
import { interpolate } from '../../i18n/interpolate';
import { toGraphQLLanguage } from '../../i18n/languages';
import { casePath, paths } from '../../routing/router';
import { CaseFilterForm } from './CaseFilterForm';
import { keyOf, needsContactDetails, statusKeys, unavailableReasonKey } from './caseTexts';
import { LatestDocumentsSection } from './LatestDocumentsSection';
import { ShowMore } from './ShowMore';
import type { Dashboard } from './useDashboard';
import { type LoadedFirstPage, usePagedList } from './usePagedList';

const caseKey = (item: MyCase) => item.caseNumber;
const noCaseTypes: CaseTypeOption[] = [];

/**
 * "Mine saker": the newest documents on the citizen's cases (or those of whom they act for), and
 * the cases they are registered on, a page at a time from the server (a lawyer may have
 * thousands), searchable and filterable. Unavailable cases are listed with the reason and no link.
 * The first load is one request (`dashboard`: who is logged in, the first page, the newest
 * documents and the case types); a search and "show more" ask for cases only.
 */
export function MyCasesPage({ actingFor, dashboard }: { actingFor: PersonRef | null; dashboard: Dashboard }) {
  const { language, messages: m, formatNumber } = useI18n();
  useDocumentTitle(m.myCasesHeading);
  const [filter, setFilter] = useState<CaseFilter>(emptyFilter);
  const [searched, setSearched] = useState(false);
  const search = useCallback((next: CaseFilter) => {
    setFilter(next);
    setSearched(true);
  }, []);
  const data = dashboard.status === 'success' ? dashboard.data : null;
  const caseTypes = data?.caseTypes ?? noCaseTypes;
  const dashboardCases = data?.myCases ?? null;
  const firstPage = useMemo(
    () =>
      dashboardCases && {
        items: dashboardCases.items,
        ...dashboardCases.pageInfo,
        totalCount: dashboardCases.totalCount,
      },
    [dashboardCases],
  );
  const loaded: LoadedFirstPage<MyCase> | undefined = searched
    ? undefined
    : {
        status: dashboard.status === 'success' ? (firstPage ? 'success' : 'error') : dashboard.status,
        page: firstPage,
        retry: dashboard.retry,
      };

  const load = useCallback(
    async (after: string | null, signal: AbortSignal) => {
      const page = await fetchMyCases({ language: toGraphQLLanguage(language), filter, after }, signal);
      return { items: page.items, ...page.pageInfo, totalCount: page.totalCount };
    },
    [language, filter],
  );
  const cases = usePagedList(JSON.stringify([language, filter]), load, caseKey, loaded);
  const { list } = cases;
  const filtered = filter.search !== '' || filter.status !== '' || filter.caseType !== '';
  const anyMissingContact = list.items.some(
    (item) => !item.available && needsContactDetails(item.unavailableReason),
  );

  return (
    <div className="cases-page" data-testid="my-cases">
      <Heading level={1} data-size="lg">
        {m.myCasesHeading}
      </Heading>
      {actingFor && (
        <Alert data-color="info" data-testid="my-cases-acting-for">
          <Paragraph>
            {interpolate(m.myCasesActingFor, { name: <strong>{actingFor.displayName}</strong> })}
          </Paragraph>
        </Alert>
      )}
      {data && <LatestDocumentsSection documents={data.myLatestDocuments} />}
      <Paragraph>{m.myCasesIntro}</Paragraph>
      <CaseFilterForm caseTypes={caseTypes} onSearch={search} />

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
        {cases.status === 'success' && list.totalCount === 0 && (filtered ? m.casesNoMatch : m.myCasesEmpty)}
      </div>

      {cases.status === 'error' && (
        <Alert data-color="danger" role="alert" className="start__error">
          <Heading level={2} data-size="xs">
            {m.errorHeading}
          </Heading>
          <Paragraph>{m.errorMessage}</Paragraph>
          <Button type="button" variant="secondary" data-size="sm" onClick={cases.retry}>
            {m.retry}
          </Button>
        </Alert>
      )}

      {cases.status !== 'error' && list.items.length > 0 && (
        <Table border className="cases-table" data-testid="my-cases-table">
          <caption>{m.myCasesCaption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{m.caseColumnNumber}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{m.caseColumnType}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{m.caseColumnStatus}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{m.caseColumnLastEvent}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {list.items.map((item) =>
              item.available && item.case ? (
                <Table.Row key={item.caseNumber} data-testid="my-case" data-case-number={item.caseNumber}>
                  <Table.HeaderCell scope="row" className="cases-table__key">
                    <Link href={casePath(item.case.id)}>{item.caseNumber}</Link>
                  </Table.HeaderCell>
                  <Table.Cell>{item.case.caseType.name}</Table.Cell>
                  <Table.Cell>
                    <StatusText status={item.case.status} />
                  </Table.Cell>
                  <Table.Cell>
                    {item.lastEvent &&
                      format(m.caseLastEvent, {
                        status: m[keyOf(statusKeys, item.lastEvent.status) ?? 'statusReceived'],
                        date: formatDate(item.lastEvent.at, language),
                      })}
                  </Table.Cell>
                </Table.Row>
              ) : (
                <Table.Row
                  key={item.caseNumber}
                  data-testid="my-case"
                  data-case-number={item.caseNumber}
                  data-unavailable={item.unavailableReason ?? 'UNKNOWN'}
                >
                  <Table.HeaderCell scope="row" className="cases-table__key">
                    {item.caseNumber}
                  </Table.HeaderCell>
                  <Table.Cell colSpan={3}>
                    <Tag data-color="warning" data-size="sm" className="cases-table__tag">
                      {m.caseUnavailableLabel}
                    </Tag>
                    <Paragraph data-size="sm" data-testid="unavailable-reason">
                      {m[unavailableReasonKey(item.unavailableReason)]}
                    </Paragraph>
                  </Table.Cell>
                </Table.Row>
              ),
            )}
          </Table.Body>
        </Table>
      )}

      <ShowMore paged={cases} />

      {anyMissingContact && <ContactSection intro={m.caseUnavailableContactIntro} />}

      <Paragraph>
        <Link href={paths.start}>{m.backToStart}</Link>
      </Paragraph>
    </div>
  );
}

/** A status in words (an unknown status from a newer API is shown as its code). */
export function StatusText({ status }: { status: string }) {
  const { messages: m } = useI18n();
  const key = keyOf(statusKeys, status);
  return <>{key ? m[key] : status}</>;
}
