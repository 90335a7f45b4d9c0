import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Spinner,
  Table,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import {
  type CaseDetails,
  type CaseParty,
  type CaseStatus,
  type CourtStatus,
  courtStatuses,
  type Outcome,
  outcomes,
  type PartyRole,
  partyRoles,
} from '../../api/cases';
import { fetchCaseDocuments } from '../../api/documents';
import { mutationErrorKey } from '../../api/mutations';
import {
  addParty,
  changeStatus,
  fetchStaffCase,
  removeParty,
  type StaffViewer,
  setCourtStatus,
} from '../../api/staff';
import { dateInputToInstant, format, todayInOslo } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { toGraphQLLanguage } from '../../i18n/languages';
import { paths } from '../../routing/router';
import { CaseSummary, CaseTimeline } from '../cases/CasePage';
import {
  courtStatusKeys,
  keyOf,
  nextStatuses,
  outcomeKeys,
  type PartyField,
  partyErrorField,
  roleKeys,
  staffErrorKey,
  statusKeys,
} from '../cases/caseTexts';
import { DocumentsSection, UploadForm } from '../cases/DocumentsSection';
import { MutationErrorText } from './StaffMutationError';
import { StaffShell } from './StaffPages';
import { staffRedirectLogin } from './staffLogin';

type State =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'missing' }
  | { status: 'done'; case: CaseDetails };

/** `/intern/saker/<id>`: one case for a case officer: parties, status and court status. */
export function StaffCasePage({ viewer, id }: { viewer: StaffViewer; id: string }) {
  const { language, messages: m } = useI18n();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    void attempt;
    const controller = new AbortController();
    setState((previous) =>
      previous.status === 'done' && previous.case.id === id ? previous : { status: 'loading' },
    );
    fetchStaffCase({ id, language: toGraphQLLanguage(language) }, controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        setState(result.ok ? { status: 'done', case: result.case } : { status: 'missing' });
      },
      () => {
        if (!controller.signal.aborted) setState({ status: 'error' });
      },
    );
    return () => controller.abort();
  }, [id, language, attempt]);

  if (state.status === 'loading') {
    return (
      <StaffShell title={m.staffHeading} viewer={viewer}>
        <div className="status" role="status">
          <Spinner aria-hidden data-size="sm" />
          <span>{m.loading}</span>
        </div>
      </StaffShell>
    );
  }
  if (state.status === 'error') {
    return (
      <StaffShell title={m.errorHeading} viewer={viewer}>
        <Alert data-color="danger" role="alert" className="start__error">
          <Paragraph>{m.errorMessage}</Paragraph>
          <Button type="button" variant="secondary" data-size="sm" onClick={() => setAttempt((n) => n + 1)}>
            {m.retry}
          </Button>
        </Alert>
      </StaffShell>
    );
  }
  if (state.status === 'missing') {
    return (
      <StaffShell title={m.caseNotFoundHeading} viewer={viewer}>
        <Paragraph>{m.caseNotFoundText}</Paragraph>
        <Paragraph>
          <Link href={paths.staff}>{m.staffNavFind}</Link>
        </Paragraph>
      </StaffShell>
    );
  }
  const details = state.case;
  const update = (next: CaseDetails) => setState({ status: 'done', case: next });
  return (
    <StaffShell title={format(m.casePageHeading, { caseNumber: details.caseNumber })} viewer={viewer}>
      <div
        className="case-page"
        data-testid="staff-case"
        data-case-id={details.id}
        data-case-number={details.caseNumber}
      >
        <CaseSummary details={details} />
        <CaseTimeline details={details} />
        <PartiesSection details={details} onChanged={update} />
        <AddPartySection caseId={details.id} onAdded={update} />
        <DocumentsSection documents={details.documents} caseFileUrl={details.caseFileUrl} audience="staff" />
        <AddDocumentSection details={details} onChanged={update} />
        <StatusSection details={details} onChanged={update} />
        <CourtSection details={details} onChanged={update} />
      </div>
    </StaffShell>
  );
}

function useRoleText() {
  const { messages: m } = useI18n();
  return (role: string) => {
    const key = keyOf(roleKeys, role);
    return key ? m[key] : role;
  };
}

function PartiesSection({
  details,
  onChanged,
}: {
  details: CaseDetails;
  onChanged(next: CaseDetails): void;
}) {
  const { language, messages: m } = useI18n();
  const roleText = useRoleText();
  const headingId = useId();
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ code: string | null } | null>(null);

  async function remove(party: CaseParty) {
    if (busy) return;
    const key = `${party.personId}-${party.role}`;
    setBusy(key);
    setDone(null);
    setFailure(null);
    const outcome = await removeParty(
      { caseId: details.id, personId: party.personId, role: party.role },
      toGraphQLLanguage(language),
    );
    setBusy(null);
    if (outcome.ok) {
      onChanged(outcome.case);
      setDone(format(m.staffPartyRemoved, { name: party.name }));
    } else setFailure({ code: outcome.code });
  }

  return (
    <section aria-labelledby={headingId} className="case-section" data-testid="staff-parties">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.staffPartiesHeading}
      </Heading>
      {details.parties.length === 0 ? (
        <Paragraph>{m.staffNoParties}</Paragraph>
      ) : (
        <Table border className="cases-table" aria-labelledby={headingId}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{m.casePartyName}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{m.casePartyRole}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{m.staffPartyMobile}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{m.staffPartyEmail}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{m.staffPartyActions}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {details.parties.map((party) => {
              const key = `${party.personId}-${party.role}`;
              const role = roleText(party.role);
              return (
                <Table.Row key={key} data-testid="staff-party" data-role={party.role}>
                  <Table.HeaderCell scope="row" className="cases-table__key">
                    {party.name}
                  </Table.HeaderCell>
                  <Table.Cell>{role}</Table.Cell>
                  <Table.Cell className="cases-table__nowrap">{party.mobile ?? ''}</Table.Cell>
                  <Table.Cell className="cases-table__contact">{party.email ?? ''}</Table.Cell>
                  <Table.Cell>
                    <Button
                      type="button"
                      variant="tertiary"
                      data-size="sm"
                      data-color="danger"
                      loading={busy === key}
                      aria-disabled={busy !== null || undefined}
                      aria-label={format(m.staffRemoveParty, { name: party.name, role: role.toLowerCase() })}
                      onClick={() => remove(party)}
                    >
                      {m.staffRemovePartyShort}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      )}
      <div role="status" className="staff__status" data-testid="staff-parties-status">
        {done && <Paragraph data-size="sm">{done}</Paragraph>}
      </div>
      {failure && <MutationErrorText code={failure.code} />}
    </section>
  );
}

const emptyParty = { fodselsnummer: '', name: '', role: 'COMPLAINANT' as PartyRole, mobile: '', email: '' };

/**
 * Add a party: identity finds or creates the person by fødselsnummer, then the person id is added to
 * the case. The fødselsnummer field has no `name`, so even a form submitted without script sends it
 * nowhere, and it is emptied after each attempt that reached the server.
 */
function AddPartySection({ caseId, onAdded }: { caseId: string; onAdded(next: CaseDetails): void }) {
  const { language, messages: m } = useI18n();
  const headingId = useId();
  const roleId = useId();
  const fnrRef = useRef<HTMLInputElement>(null);
  const [party, setParty] = useState(emptyParty);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ code: string | null } | null>(null);
  const errorField: PartyField | null = failure ? partyErrorField(failure.code) : null;
  const errorText = failure ? m[staffErrorKey(failure.code, mutationErrorKey)] : undefined;
  const fieldError = (field: PartyField) => (errorField === field ? errorText : undefined);

  useEffect(() => {
    if (errorField) document.getElementById(`${headingId}-${errorField}`)?.focus();
  }, [errorField, headingId]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setDone(null);
    setFailure(null);
    const outcome = await addParty(caseId, party, toGraphQLLanguage(language));
    setSaving(false);
    if (outcome.ok) {
      onAdded(outcome.case);
      setDone(format(m.staffPartyAdded, { name: party.name.trim() }));
      setParty(emptyParty);
    } else {
      setFailure({ code: outcome.code });
    }
  }

  return (
    <section aria-labelledby={headingId} className="case-section" data-testid="staff-add-party">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.staffAddPartyHeading}
      </Heading>
      <form method="post" noValidate onSubmit={submit} className="staff-form" data-testid="add-party-form">
        <Textfield
          ref={fnrRef}
          id={`${headingId}-fodselsnummer`}
          label={m.staffFnrLabel}
          description={m.staffFnrDescription}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={11}
          value={party.fodselsnummer}
          onChange={(event) => setParty({ ...party, fodselsnummer: event.target.value.replace(/\s/g, '') })}
          error={fieldError('fodselsnummer')}
          data-testid="party-fnr"
        />
        <Textfield
          id={`${headingId}-name`}
          label={m.staffNameLabel}
          autoComplete="off"
          value={party.name}
          onChange={(event) => setParty({ ...party, name: event.target.value })}
          error={fieldError('name')}
          data-testid="party-name"
        />
        <Field>
          <Label htmlFor={roleId}>{m.staffRoleLabel}</Label>
          <Select
            id={roleId}
            value={party.role}
            onChange={(event) => setParty({ ...party, role: event.target.value as PartyRole })}
            data-testid="party-role"
          >
            {partyRoles.map((role) => (
              <Select.Option key={role} value={role}>
                {m[roleKeys[role]]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id={`${headingId}-mobile`}
          className="staff-form__short"
          label={m.staffMobileLabel}
          type="tel"
          autoComplete="off"
          value={party.mobile}
          onChange={(event) => setParty({ ...party, mobile: event.target.value })}
          error={fieldError('mobile')}
          data-testid="party-mobile"
        />
        <Textfield
          id={`${headingId}-email`}
          label={m.staffEmailLabel}
          description={m.staffEmailDescription}
          type="email"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          value={party.email}
          onChange={(event) => setParty({ ...party, email: event.target.value })}
          error={fieldError('email')}
          data-testid="party-email"
        />
        <div>
          <Button
            type="submit"
            loading={saving}
            aria-disabled={saving || undefined}
            data-testid="add-party-submit"
          >
            {m.staffAddPartySubmit}
          </Button>
        </div>
        <div role="status" className="staff__status" data-testid="add-party-status">
          {done && <Paragraph data-size="sm">{done}</Paragraph>}
        </div>
        {failure && errorField === null && <MutationErrorText code={failure.code} />}
      </form>
    </section>
  );
}

/** An outgoing document (letter, decision, copy, request) with one file; the list is fetched again after. */
function AddDocumentSection({
  details,
  onChanged,
}: {
  details: CaseDetails;
  onChanged(next: CaseDetails): void;
}) {
  const { messages: m } = useI18n();
  const headingId = useId();
  // the latest case, so a reload after a slow upload does not undo a change made meanwhile
  const latest = useRef(details);
  latest.current = details;
  async function reload() {
    const result = await fetchCaseDocuments(details.id);
    if (result.ok) {
      onChanged({ ...latest.current, documents: result.documents, caseFileUrl: result.caseFileUrl });
    }
  }
  return (
    <section aria-labelledby={headingId} className="case-section" data-testid="staff-add-document">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.staffDocumentHeading}
      </Heading>
      <Paragraph>{m.staffDocumentIntro}</Paragraph>
      <UploadForm
        caseId={details.id}
        withCategory
        onUploaded={reload}
        testId="add-document-form"
        loginHref={staffRedirectLogin()}
      />
    </section>
  );
}

function StatusSection({ details, onChanged }: { details: CaseDetails; onChanged(next: CaseDetails): void }) {
  const { language, messages: m } = useI18n();
  const headingId = useId();
  const statusId = useId();
  const outcomeId = useId();
  const outcomeErrorId = useId();
  const choices = nextStatuses(details.status);
  const [to, setTo] = useState<CaseStatus | ''>('');
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [decidedOn, setDecidedOn] = useState(() => todayInOslo(new Date()));
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ code: string | null } | null>(null);
  const errorText = failure ? m[staffErrorKey(failure.code, mutationErrorKey)] : undefined;
  const outcomeError = failure?.code === 'OUTCOME_REQUIRED';
  const dateError = failure?.code?.startsWith('DECISION_DATE') ?? false;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving || !to) return;
    setSaving(true);
    setDone(null);
    setFailure(null);
    const result = await changeStatus(
      {
        caseId: details.id,
        to,
        outcome: to === 'DECIDED' && outcome ? outcome : null,
        decidedAt: to === 'DECIDED' ? dateInputToInstant(decidedOn, new Date()) : null,
      },
      toGraphQLLanguage(language),
    );
    setSaving(false);
    if (result.ok) {
      onChanged(result.case);
      setDone(format(m.staffStatusChanged, { status: m[statusKeys[to]] }));
      setTo(''); // the case has moved on: other choices now
      setOutcome('');
    } else setFailure({ code: result.code });
  }

  return (
    <section aria-labelledby={headingId} className="case-section" data-testid="staff-status">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.staffStatusHeading}
      </Heading>
      {choices.length === 0 ? (
        <Paragraph>{m.staffNoNextStatus}</Paragraph>
      ) : (
        <form noValidate onSubmit={submit} className="staff-form" data-testid="status-form">
          <Field>
            <Label htmlFor={statusId}>{m.staffStatusLabel}</Label>
            <Select
              id={statusId}
              required
              value={to}
              onChange={(event) => setTo(event.target.value as CaseStatus | '')}
              data-testid="status-to"
            >
              <Select.Option value="" disabled>
                {m.staffStatusChoose}
              </Select.Option>
              {choices.map((status) => (
                <Select.Option key={status} value={status}>
                  {m[statusKeys[status]]}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {to === 'DECIDED' && (
            <>
              <Field>
                <Label htmlFor={outcomeId}>{m.staffOutcomeLabel}</Label>
                <Select
                  id={outcomeId}
                  required
                  value={outcome}
                  aria-invalid={outcomeError || undefined}
                  aria-describedby={outcomeError ? outcomeErrorId : undefined}
                  onChange={(event) => setOutcome(event.target.value as Outcome | '')}
                  data-testid="status-outcome"
                >
                  <Select.Option value="" disabled>
                    {m.staffOutcomeChoose}
                  </Select.Option>
                  {outcomes.map((o) => (
                    <Select.Option key={o} value={o}>
                      {m[outcomeKeys[o]]}
                    </Select.Option>
                  ))}
                </Select>
                {outcomeError && <ValidationMessage id={outcomeErrorId}>{errorText}</ValidationMessage>}
              </Field>
              <Textfield
                className="staff-form__date"
                label={m.staffDecidedAtLabel}
                type="date"
                max={todayInOslo(new Date())}
                value={decidedOn}
                onChange={(event) => setDecidedOn(event.target.value)}
                error={dateError ? errorText : undefined}
                data-testid="status-decided-at"
              />
            </>
          )}
          <div>
            <Button
              type="submit"
              variant="secondary"
              loading={saving}
              aria-disabled={saving || !to || undefined}
            >
              {m.staffStatusSubmit}
            </Button>
          </div>
        </form>
      )}
      <div role="status" className="staff__status" data-testid="status-status">
        {done && <Paragraph data-size="sm">{done}</Paragraph>}
      </div>
      {failure && !outcomeError && !dateError && <MutationErrorText code={failure.code} />}
    </section>
  );
}

function CourtSection({ details, onChanged }: { details: CaseDetails; onChanged(next: CaseDetails): void }) {
  const { language, messages: m } = useI18n();
  const headingId = useId();
  const selectId = useId();
  const [court, setCourt] = useState<CourtStatus>(details.courtStatus);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<{ code: string | null } | null>(null);

  useEffect(() => setCourt(details.courtStatus), [details.courtStatus]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setDone(false);
    setFailure(null);
    const result = await setCourtStatus(
      { caseId: details.id, courtStatus: court },
      toGraphQLLanguage(language),
    );
    setSaving(false);
    if (result.ok) {
      onChanged(result.case);
      setDone(true);
    } else setFailure({ code: result.code });
  }

  return (
    <section aria-labelledby={headingId} className="case-section" data-testid="staff-court">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.staffCourtHeading}
      </Heading>
      <form noValidate onSubmit={submit} className="staff-form" data-testid="court-form">
        <Field>
          <Label htmlFor={selectId}>{m.staffCourtLabel}</Label>
          <Select
            id={selectId}
            value={court}
            onChange={(event) => setCourt(event.target.value as CourtStatus)}
            data-testid="court-status"
          >
            {courtStatuses.map((status) => (
              <Select.Option key={status} value={status}>
                {m[courtStatusKeys[status]]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <div>
          <Button type="submit" variant="secondary" loading={saving} aria-disabled={saving || undefined}>
            {m.staffCourtSubmit}
          </Button>
        </div>
      </form>
      <div role="status" className="staff__status" data-testid="court-status-saved">
        {done && <Paragraph data-size="sm">{m.staffCourtSaved}</Paragraph>}
      </div>
      {failure && <MutationErrorText code={failure.code} />}
    </section>
  );
}
