import {
  Alert,
  Button,
  Heading,
  Link,
  List,
  Paragraph,
  Spinner,
  Table,
  Tag,
} from '@digdir/designsystemet-react';
import { useEffect, useId, useState } from 'react';
import { type CaseAccessEntry, type CaseDetails, type CasePageResult, fetchCasePage } from '../../api/cases';
import { fetchCaseDocuments } from '../../api/documents';
import { ContactSection } from '../../components/ContactSection';
import { LoginLink } from '../../components/Session';
import { format, formatDate, formatDateTime, formatList } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/I18nProvider';
import { toGraphQLLanguage } from '../../i18n/languages';
import { paths } from '../../routing/router';
import { expectedProcessingTime } from '../statistics/statisticsTexts';
import {
  accessActorKey,
  actionKeys,
  courtStatusKeys,
  describePermissions,
  keyOf,
  mayNameActor,
  needsContactDetails,
  outcomeKeys,
  roleKeys,
  unavailableReasonKey,
} from './caseTexts';
import { DocumentsSection, UploadForm } from './DocumentsSection';
import { FormsSection } from './FormsSection';
import { StatusText } from './MyCasesPage';

type State = { status: 'loading' } | { status: 'error' } | ({ status: 'done' } & CasePageResult);

function useCasePage(id: string): { state: State; retry(): void; refresh(): Promise<void> } {
  const { language } = useI18n();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    void attempt;
    const controller = new AbortController();
    setState((previous) => (previous.status === 'done' ? previous : { status: 'loading' }));
    fetchCasePage({ id, language: toGraphQLLanguage(language) }, controller.signal).then(
      (result) => {
        if (!controller.signal.aborted) setState({ status: 'done', ...result });
      },
      () => {
        if (!controller.signal.aborted) setState({ status: 'error' });
      },
    );
    return () => controller.abort();
  }, [id, language, attempt]);
  /** Fetches the case again in place (after a form): the page stays as it is until the answer comes. */
  async function refresh() {
    const result = await fetchCasePage({ id, language: toGraphQLLanguage(language) });
    if (result.ok) setState({ status: 'done', ...result });
  }
  return { state, retry: () => setAttempt((n) => n + 1), refresh };
}

interface CasePageProps {
  id: string;
  /** Fetches the viewer again (e.g. when the case says consent is needed: the consent page then shows). */
  reloadViewer(): Promise<void>;
}

/** `/saker/<id>`: one case in Min side, or why it cannot be shown. */
export function CasePage({ id, reloadViewer }: CasePageProps) {
  const { messages: m } = useI18n();
  const { state, retry, refresh } = useCasePage(id);
  const refusal = state.status === 'done' && !state.ok ? state.error : null;

  useEffect(() => {
    if (refusal?.code === 'FORBIDDEN' && refusal.reason === 'CONSENT_REQUIRED') void reloadViewer();
  }, [refusal, reloadViewer]);

  if (state.status === 'loading') {
    return (
      <div className="page-content">
        <CasePageTitle title={null} />
        <div className="status" role="status">
          <Spinner aria-hidden data-size="sm" />
          <span>{m.loading}</span>
        </div>
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="page-content">
        <CasePageTitle title={m.errorHeading} />
        <Alert data-color="danger" role="alert" className="start__error">
          <Paragraph>{m.errorMessage}</Paragraph>
          <Button type="button" variant="secondary" data-size="sm" onClick={retry}>
            {m.retry}
          </Button>
        </Alert>
      </div>
    );
  }
  if (!state.ok) return <CaseRefused code={state.error.code} reason={state.error.reason} />;
  return <CaseView details={state.case} accessLog={state.accessLog} onChanged={refresh} />;
}

function CasePageTitle({ title }: { title: string | null }) {
  const { messages: m } = useI18n();
  useDocumentTitle(title ?? m.myCasesHeading);
  return (
    <Heading level={1} data-size="lg">
      {title ?? m.myCasesHeading}
    </Heading>
  );
}

function BackToList() {
  const { messages: m } = useI18n();
  return (
    <Paragraph>
      <Link href={paths.myCases}>{m.backToMyCases}</Link>
    </Paragraph>
  );
}

function CaseRefused({ code, reason }: { code: string | null; reason: string | null }) {
  const { messages: m } = useI18n();
  if (code === 'UNAUTHENTICATED') {
    return (
      <div className="page-content" data-testid="case-refused" data-reason="UNAUTHENTICATED">
        <CasePageTitle title={m.myCasesHeading} />
        <Paragraph>{m.errorUnauthenticated}</Paragraph>
        <div>
          <LoginLink again />
        </div>
      </div>
    );
  }
  if (code === 'FORBIDDEN') {
    return (
      <div className="page-content" data-testid="case-refused" data-reason={reason ?? 'FORBIDDEN'}>
        <CasePageTitle title={m.caseUnavailableHeading} />
        <Paragraph data-testid="case-refused-reason">{m[unavailableReasonKey(reason)]}</Paragraph>
        {needsContactDetails(reason) && <ContactSection />}
        <BackToList />
      </div>
    );
  }
  return (
    <div className="page-content" data-testid="case-refused" data-reason="NOT_FOUND">
      <CasePageTitle title={m.caseNotFoundHeading} />
      <Paragraph>{m.caseNotFoundText}</Paragraph>
      <BackToList />
    </div>
  );
}

function CaseView({
  details,
  accessLog,
  onChanged,
}: {
  details: CaseDetails;
  accessLog: CaseAccessEntry[] | null;
  onChanged(): Promise<void>;
}) {
  const { messages: m } = useI18n();
  const title = format(m.casePageHeading, { caseNumber: details.caseNumber });
  useDocumentTitle(title);
  return (
    <div className="case-page" data-testid="case-page" data-case-number={details.caseNumber}>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <CaseSummary details={details} />
      {details.status !== 'DECIDED' && details.caseType.expectedProcessingTime != null && (
        <ExpectedProcessingTimeSection details={details} />
      )}
      <CaseTimeline details={details} />
      <CaseParties details={details} />
      <CaseDocuments details={details} />
      {details.permissions && <CasePermissionsSection details={details} />}
      {details.permissions?.fillForms && <FormsSection details={details} onChanged={onChanged} />}
      {accessLog && <AccessLogSection entries={accessLog} />}
      <BackToList />
    </div>
  );
}

/**
 * The documents, the whole case file, and (for those who may upload: not a complainant who has a
 * lawyer or proxy) "send new information"; after an upload the list is fetched again.
 */
function CaseDocuments({ details }: { details: CaseDetails }) {
  const { messages: m } = useI18n();
  const headingId = useId();
  const [current, setCurrent] = useState({ documents: details.documents, caseFileUrl: details.caseFileUrl });
  useEffect(
    () => setCurrent({ documents: details.documents, caseFileUrl: details.caseFileUrl }),
    [details.documents, details.caseFileUrl],
  );
  async function reload() {
    const result = await fetchCaseDocuments(details.id);
    if (result.ok) setCurrent({ documents: result.documents, caseFileUrl: result.caseFileUrl });
  }
  return (
    <DocumentsSection documents={current.documents} caseFileUrl={current.caseFileUrl}>
      {details.permissions?.upload && (
        <section aria-labelledby={headingId} className="case-subsection" data-testid="case-upload">
          <Heading level={3} data-size="xs" id={headingId}>
            {m.uploadHeading}
          </Heading>
          <Paragraph>{m.uploadIntro}</Paragraph>
          <UploadForm caseId={details.id} onUploaded={reload} testId="upload-form" />
        </section>
      )}
    </DocumentsSection>
  );
}

/** Case number, type, first-instance body, received, status, decision and court status. */
export function CaseSummary({ details }: { details: CaseDetails }) {
  const { language, messages: m } = useI18n();
  const headingId = useId();
  const outcome = details.decision ? keyOf(outcomeKeys, details.decision.outcome) : undefined;
  const court = keyOf(courtStatusKeys, details.courtStatus);
  return (
    <section aria-labelledby={headingId} className="case-section" data-testid="case-summary">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.caseSummaryHeading}
      </Heading>
      <dl className="case-facts">
        <div>
          <dt>{m.caseColumnNumber}</dt>
          <dd data-testid="case-number">{details.caseNumber}</dd>
        </div>
        <div>
          <dt>{m.caseFieldType}</dt>
          <dd>{details.caseType.name}</dd>
        </div>
        <div>
          <dt>{m.caseFieldFirstInstance}</dt>
          <dd>{details.firstInstanceBody.name}</dd>
        </div>
        <div>
          <dt>{m.caseFieldReceived}</dt>
          <dd>{formatDate(details.receivedAt, language)}</dd>
        </div>
        <div>
          <dt>{m.caseFieldStatus}</dt>
          <dd data-testid="case-status">
            <StatusText status={details.status} />
          </dd>
        </div>
        <div>
          <dt>{m.caseFieldDecision}</dt>
          <dd data-testid="case-decision">
            {details.decision
              ? format(m.caseDecision, {
                  outcome: outcome ? m[outcome] : details.decision.outcome,
                  date: formatDate(details.decision.decidedAt, language),
                })
              : m.caseNoDecision}
          </dd>
        </div>
        <div>
          <dt>{m.caseFieldCourt}</dt>
          <dd data-testid="case-court-status">{court ? m[court] : details.courtStatus}</dd>
        </div>
      </dl>
    </section>
  );
}

/**
 * "Forventet saksbehandlingstid for denne sakstypen": the median and the 80th percentile of the
 * type's decisions in the last twelve months, plainly an estimate and not a promise; with too few
 * decisions we say so instead. Left out once the case is decided.
 */
function ExpectedProcessingTimeSection({ details }: { details: CaseDetails }) {
  const { language, messages: m } = useI18n();
  const headingId = useId();
  const expected = expectedProcessingTime(details.caseType.expectedProcessingTime, m, language);
  return (
    <section
      aria-labelledby={headingId}
      className="case-section"
      data-testid="case-expected-time"
      data-kind={expected.kind}
    >
      <Heading level={2} data-size="sm" id={headingId}>
        {m.caseExpectedHeading}
      </Heading>
      {expected.kind === 'estimate' ? (
        <>
          <Paragraph>
            <Tag data-color="info" data-size="sm" data-testid="case-expected-estimate">
              {m.caseExpectedEstimate}
            </Tag>
          </Paragraph>
          <Paragraph data-testid="case-expected-note">{m.caseExpectedIntro}</Paragraph>
          <dl className="case-facts">
            <div>
              <dt>{m.caseExpectedMedian}</dt>
              <dd data-testid="case-expected-median">{expected.median}</dd>
            </div>
            <div>
              <dt>{m.caseExpectedP80}</dt>
              <dd data-testid="case-expected-p80">{expected.p80}</dd>
            </div>
          </dl>
          {expected.basis && <Paragraph data-testid="case-expected-basis">{expected.basis}</Paragraph>}
        </>
      ) : (
        <Paragraph data-testid="case-expected-too-few">{expected.text}</Paragraph>
      )}
      <Paragraph>
        <Link href={paths.statistics}>{m.caseExpectedStatsLink}</Link>
      </Paragraph>
    </section>
  );
}

/** The status timeline, oldest first. */
export function CaseTimeline({ details }: { details: CaseDetails }) {
  const { language, messages: m } = useI18n();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="case-section" data-testid="case-timeline">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.caseTimelineHeading}
      </Heading>
      <ol className="case-timeline">
        {details.timeline.map((event) => (
          <li key={`${event.status}-${event.at}`}>
            <span className="case-timeline__status">
              <StatusText status={event.status} />
            </span>{' '}
            <time dateTime={event.at}>{formatDate(event.at, language)}</time>
          </li>
        ))}
      </ol>
    </section>
  );
}

function roleText(m: ReturnType<typeof useI18n>['messages'], role: string): string {
  const key = keyOf(roleKeys, role);
  return key ? m[key] : role;
}

/** The parties as the API returns them (contact details only where the viewer may see them). */
function CaseParties({ details }: { details: CaseDetails }) {
  const { messages: m } = useI18n();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="case-section" data-testid="case-parties">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.casePartiesHeading}
      </Heading>
      <Table border className="cases-table" aria-labelledby={headingId}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{m.casePartyName}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{m.casePartyRole}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{m.casePartyContact}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {details.parties.map((party) => (
            <Table.Row
              key={`${party.personId}-${party.role}`}
              data-testid="case-party"
              data-role={party.role}
            >
              <Table.HeaderCell scope="row" className="cases-table__key">
                {party.isViewer ? format(m.casePartyYou, { name: party.name }) : party.name}
              </Table.HeaderCell>
              <Table.Cell>{roleText(m, party.role)}</Table.Cell>
              <Table.Cell className="cases-table__contact">
                {[party.mobile, party.email].filter(Boolean).join(', ')}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}

/** "What I may do here", from the case's permissions, with why a represented complainant may not upload. */
function CasePermissionsSection({ details }: { details: CaseDetails }) {
  const { language, messages: m } = useI18n();
  const headingId = useId();
  const { may, mayNot, representedBy } = describePermissions(details.permissions!, details.parties);
  return (
    <section aria-labelledby={headingId} className="case-section" data-testid="case-permissions">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.caseMayDoHeading}
      </Heading>
      <Paragraph>{m.caseMayDoIntro}</Paragraph>
      <List.Unordered data-testid="case-may">
        {may.map((key) => (
          <List.Item key={key}>{m[key]}</List.Item>
        ))}
      </List.Unordered>
      {mayNot.length > 0 && (
        <>
          <Paragraph>{m.caseMayNotIntro}</Paragraph>
          <List.Unordered data-testid="case-may-not">
            {mayNot.map((key) => (
              <List.Item key={key}>{m[key]}</List.Item>
            ))}
          </List.Unordered>
        </>
      )}
      {representedBy && (
        <Alert data-color="info" data-testid="case-represented">
          <Paragraph>
            {format(m.caseRepresented, {
              names: representedBy.length > 0 ? formatList(representedBy, language) : '–',
            })}
          </Paragraph>
        </Alert>
      )}
    </section>
  );
}

/** "Who has seen my case", newest first. */
function AccessLogSection({ entries }: { entries: CaseAccessEntry[] }) {
  const { language, messages: m } = useI18n();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="case-section" data-testid="case-access-log">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.caseAccessLogHeading}
      </Heading>
      <Paragraph>{m.caseAccessLogIntro}</Paragraph>
      {entries.length === 0 ? (
        <Paragraph>{m.caseAccessLogEmpty}</Paragraph>
      ) : (
        <Table border className="cases-table" aria-labelledby={headingId}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{m.caseAccessLogWhen}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{m.caseAccessLogWho}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{m.caseAccessLogWhat}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {entries.map((entry, index) => {
              const action = keyOf(actionKeys, entry.action);
              const staff = accessActorKey(entry.actorRole);
              const role = staff ? m[staff] : roleText(m, entry.actorRole);
              return (
                <Table.Row
                  // biome-ignore lint/suspicious/noArrayIndexKey: log lines have no id and never move
                  key={index}
                  data-testid="access-entry"
                  data-actor-role={entry.actorRole}
                  data-action={entry.action}
                >
                  <Table.Cell>
                    <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
                  </Table.Cell>
                  <Table.Cell>
                    {entry.isViewer
                      ? m.caseAccessLogYou
                      : entry.actorName && mayNameActor(entry.actorRole)
                        ? format(m.caseAccessLogPerson, { name: entry.actorName, role: role.toLowerCase() })
                        : role}
                  </Table.Cell>
                  <Table.Cell>{action ? m[action] : entry.action}</Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}
