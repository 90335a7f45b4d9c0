import {
  Alert,
  Button,
  ErrorSummary,
  Heading,
  Paragraph,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, type MouseEvent, type ReactNode, useId, useState } from 'react';
import type { CaseDetails } from '../../api/cases';
import {
  changeCaseContact,
  type FormOutcome,
  giveWaiver,
  revokeWaiver,
  sendCaseComments,
  type Waiver,
} from '../../api/forms';
import { LoginLink } from '../../components/Session';
import { format, formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import {
  checkComments,
  checkContact,
  checkWaiver,
  type FormField,
  formErrorField,
  formErrorKey,
  lastDayOf,
  MAX_COMMENTS_LENGTH,
  MAX_NAME_LENGTH,
  parseTopics,
  waiverTimeLimit,
} from './formTexts';

interface FormsSectionProps {
  details: CaseDetails;
  /** Fetches the case again (documents, parties, waivers) after a form was sent. */
  onChanged(): Promise<void>;
}

/** "Skjema": comments, contact details for this case, and the confidentiality waiver with those given. */
export function FormsSection({ details, onChanged }: FormsSectionProps) {
  const { messages: m } = useI18n();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="case-section" data-testid="case-forms">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.formsHeading}
      </Heading>
      <Paragraph>{m.formsIntro}</Paragraph>
      <CommentsForm caseId={details.id} onChanged={onChanged} />
      <ContactForm details={details} onChanged={onChanged} />
      <WaiverSection details={details} onChanged={onChanged} />
    </section>
  );
}

/** What every form here keeps: the error codes of the last attempt, sending, and what was done. */
function useFormState() {
  const [codes, setCodes] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return {
    codes,
    attempt,
    sending,
    done,
    /** Runs a check, then the mutation; returns true on success (the caller then says what was done). */
    async send(check: () => string[], mutate: () => Promise<FormOutcome>, after: () => Promise<void>) {
      if (sending) return false;
      setDone(null);
      setAttempt((n) => n + 1);
      const refused = check();
      if (refused.length > 0) {
        setCodes(refused);
        return false;
      }
      setCodes([]);
      setSending(true);
      const outcome = await mutate();
      if (outcome.ok) {
        try {
          await after();
        } catch {
          // saved; the page shows it on the next visit
        }
      }
      setSending(false);
      if (!outcome.ok) setCodes([outcome.code ?? 'UNAVAILABLE']);
      return outcome.ok;
    },
    succeed(text: string) {
      setDone(text);
    },
  };
}

type FormState = ReturnType<typeof useFormState>;

/** Field-level error text for a field, or undefined. */
function errorAt(state: FormState, field: FormField, m: ReturnType<typeof useI18n>['messages']) {
  const code = state.codes.find((c) => formErrorField(c) === field);
  return code ? m[formErrorKey(code)] : undefined;
}

/**
 * The error summary (focused when it appears, once per attempt), each field error linking to its
 * field, and the errors about the whole form.
 */
function FormErrors({ state, idOf }: { state: FormState; idOf(field: FormField): string }) {
  const { messages: m } = useI18n();
  if (state.codes.length === 0) return null;
  const fieldCodes = state.codes.filter((c) => formErrorField(c) !== null);
  const formCodes = state.codes.filter((c) => formErrorField(c) === null);
  function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
    event.preventDefault();
    document.getElementById(id)?.focus();
  }
  return (
    <>
      {fieldCodes.length > 0 && (
        <ErrorSummary key={state.attempt} data-testid="form-errors">
          <ErrorSummary.Heading level={4} data-size="xs">
            {m.formErrorSummaryHeading}
          </ErrorSummary.Heading>
          <ErrorSummary.List>
            {fieldCodes.map((code) => {
              const id = idOf(formErrorField(code)!);
              return (
                <ErrorSummary.Item key={code}>
                  <ErrorSummary.Link href={`#${id}`} onClick={(event) => focusField(event, id)}>
                    {m[formErrorKey(code)]}
                  </ErrorSummary.Link>
                </ErrorSummary.Item>
              );
            })}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      {formCodes.map((code) => (
        <Alert
          key={`${state.attempt}-${code}`}
          data-color="danger"
          role="alert"
          data-testid="form-error"
          data-code={code}
        >
          <Paragraph>{m[formErrorKey(code)]}</Paragraph>
          {code === 'UNAUTHENTICATED' && (
            <div>
              <LoginLink again />
            </div>
          )}
        </Alert>
      ))}
    </>
  );
}

function FormShell({
  heading,
  intro,
  testId,
  state,
  idOf,
  onSubmit,
  submitText,
  children,
}: {
  heading: string;
  intro: ReactNode;
  testId: string;
  state: FormState;
  idOf(field: FormField): string;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  submitText: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="case-subsection" data-testid={testId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {heading}
      </Heading>
      {intro}
      <FormErrors state={state} idOf={idOf} />
      <form
        method="post"
        noValidate
        onSubmit={onSubmit}
        className="staff-form"
        aria-labelledby={headingId}
        aria-busy={state.sending || undefined}
        data-error-code={state.codes.join(' ') || undefined}
      >
        {children}
        <div>
          <Button
            type="submit"
            loading={state.sending}
            aria-disabled={state.sending || undefined}
            data-testid="form-submit"
          >
            {submitText}
          </Button>
        </div>
        <div role="status" className="staff__status" data-testid="form-status">
          {state.done && <Paragraph data-size="sm">{state.done}</Paragraph>}
        </div>
      </form>
    </section>
  );
}

function CommentsForm({ caseId, onChanged }: { caseId: string; onChanged(): Promise<void> }) {
  const { messages: m } = useI18n();
  const formId = useId();
  const idOf = (field: FormField) => `${formId}-${field}`;
  const state = useFormState();
  const [comments, setComments] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ok = await state.send(
      () => checkComments(comments),
      () => sendCaseComments(caseId, comments.trim()),
      onChanged,
    );
    if (ok) {
      setComments('');
      state.succeed(m.commentsSent);
    }
  }

  return (
    <FormShell
      heading={m.commentsHeading}
      intro={<Paragraph>{m.commentsIntro}</Paragraph>}
      testId="comments-form"
      state={state}
      idOf={idOf}
      onSubmit={submit}
      submitText={m.commentsSubmit}
    >
      <Textfield
        id={idOf('comments')}
        multiline
        rows={6}
        label={m.commentsLabel}
        description={m.commentsDescription}
        maxLength={MAX_COMMENTS_LENGTH}
        value={comments}
        onChange={(event) => setComments(event.target.value)}
        error={errorAt(state, 'comments', m)}
      />
    </FormShell>
  );
}

function ContactForm({ details, onChanged }: FormsSectionProps) {
  const { messages: m } = useI18n();
  const formId = useId();
  const idOf = (field: FormField) => `${formId}-${field}`;
  const state = useFormState();
  const own = details.parties.find((party) => party.isViewer);
  const [mobile, setMobile] = useState(own?.mobile ?? '');
  const [email, setEmail] = useState(own?.email ?? '');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ok = await state.send(
      () => checkContact({ mobile, email }),
      () => changeCaseContact(details.id, { mobile, email }),
      onChanged,
    );
    if (ok) state.succeed(m.caseContactSaved);
  }

  return (
    <FormShell
      heading={m.caseContactHeading}
      intro={<Paragraph>{m.caseContactIntro}</Paragraph>}
      testId="contact-form"
      state={state}
      idOf={idOf}
      onSubmit={submit}
      submitText={m.caseContactSubmit}
    >
      <Textfield
        id={idOf('mobile')}
        className="staff-form__short"
        label={m.caseContactMobileLabel}
        description={m.caseContactMobileDescription}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        value={mobile}
        onChange={(event) => setMobile(event.target.value)}
        error={errorAt(state, 'mobile', m)}
      />
      <Textfield
        id={idOf('email')}
        label={m.caseContactEmailLabel}
        type="email"
        autoComplete="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errorAt(state, 'email', m)}
      />
    </FormShell>
  );
}

/** Only the complainant or their guardian may give a waiver; the others are told so. */
function mayGiveWaiver(details: CaseDetails): boolean {
  return details.viewerRole === 'COMPLAINANT' || details.viewerRole === 'GUARDIAN';
}

function WaiverSection({ details, onChanged }: FormsSectionProps) {
  const { messages: m } = useI18n();
  const headingId = useId();
  if (!mayGiveWaiver(details)) {
    return (
      <section aria-labelledby={headingId} className="case-subsection" data-testid="waiver-form">
        <Heading level={3} data-size="xs" id={headingId}>
          {m.waiverHeading}
        </Heading>
        <Paragraph>{m.waiverLimits}</Paragraph>
        <Paragraph data-testid="waiver-not-allowed">{m.waiverOnlyComplainant}</Paragraph>
      </section>
    );
  }
  return (
    <>
      <WaiverForm caseId={details.id} onChanged={onChanged} />
      <WaiverList waivers={details.waivers ?? []} onChanged={onChanged} />
    </>
  );
}

function WaiverForm({ caseId, onChanged }: { caseId: string; onChanged(): Promise<void> }) {
  const { messages: m } = useI18n();
  const formId = useId();
  const idOf = (field: FormField) => `${formId}-${field}`;
  const state = useFormState();
  const [journalist, setJournalist] = useState('');
  const [newsroom, setNewsroom] = useState('');
  const [topics, setTopics] = useState('');
  const [validUntil, setValidUntil] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = journalist.trim();
    const ok = await state.send(
      () => checkWaiver({ journalist, newsroom, topics, validUntil }, new Date()),
      () =>
        giveWaiver({
          caseId,
          journalist,
          newsroom,
          excludedTopics: parseTopics(topics),
          validUntil: validUntil.trim() ? waiverTimeLimit(validUntil) : null,
        }),
      onChanged,
    );
    if (ok) {
      setJournalist('');
      setNewsroom('');
      setTopics('');
      setValidUntil('');
      state.succeed(format(m.waiverGiven, { journalist: name }));
    }
  }

  return (
    <FormShell
      heading={m.waiverHeading}
      intro={
        <>
          <Paragraph>{m.waiverIntro}</Paragraph>
          <Alert data-color="info" data-testid="waiver-limits">
            <Paragraph>{m.waiverLimits}</Paragraph>
          </Alert>
        </>
      }
      testId="waiver-form"
      state={state}
      idOf={idOf}
      onSubmit={submit}
      submitText={m.waiverSubmit}
    >
      <Textfield
        id={idOf('journalist')}
        label={m.waiverJournalistLabel}
        autoComplete="off"
        maxLength={MAX_NAME_LENGTH}
        value={journalist}
        onChange={(event) => setJournalist(event.target.value)}
        error={errorAt(state, 'journalist', m)}
      />
      <Textfield
        id={idOf('newsroom')}
        label={m.waiverNewsroomLabel}
        autoComplete="off"
        maxLength={MAX_NAME_LENGTH}
        value={newsroom}
        onChange={(event) => setNewsroom(event.target.value)}
        error={errorAt(state, 'newsroom', m)}
      />
      <Textfield
        id={idOf('topics')}
        multiline
        rows={4}
        label={m.waiverTopicsLabel}
        description={m.waiverTopicsDescription}
        value={topics}
        onChange={(event) => setTopics(event.target.value)}
        error={errorAt(state, 'topics', m)}
      />
      <Textfield
        id={idOf('validUntil')}
        className="staff-form__date"
        type="date"
        label={m.waiverValidUntilLabel}
        description={m.waiverValidUntilDescription}
        value={validUntil}
        onChange={(event) => setValidUntil(event.target.value)}
        error={errorAt(state, 'validUntil', m)}
      />
    </FormShell>
  );
}

function waiverStatus(
  waiver: Waiver,
  m: ReturnType<typeof useI18n>['messages'],
  language: Parameters<typeof formatDate>[1],
) {
  if (waiver.revokedAt) return format(m.waiverRevokedAt, { date: formatDate(waiver.revokedAt, language) });
  return waiver.inForce ? m.waiverInForce : m.waiverExpired;
}

/** The waivers given on the case, newest first, each in force with "Trekk tilbake". */
function WaiverList({ waivers, onChanged }: { waivers: readonly Waiver[]; onChanged(): Promise<void> }) {
  const { language, messages: m } = useI18n();
  const headingId = useId();
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ code: string; attempt: number } | null>(null);
  const sorted = [...waivers].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  async function revoke(waiver: Waiver) {
    if (busy) return;
    setBusy(waiver.id);
    setDone(null);
    const outcome = await revokeWaiver(waiver.id);
    if (outcome.ok) {
      try {
        await onChanged();
      } catch {
        // revoked; shown on the next visit
      }
      setFailure(null);
      setDone(format(m.waiverRevokedDone, { journalist: waiver.journalist }));
      // the button is gone: keep focus in the list
      document.getElementById(headingId)?.focus();
    } else {
      setFailure({ code: outcome.code ?? 'UNAVAILABLE', attempt: (failure?.attempt ?? 0) + 1 });
    }
    setBusy(null);
  }

  return (
    <section aria-labelledby={headingId} className="case-subsection" data-testid="waivers">
      <Heading level={4} data-size="2xs" id={headingId} tabIndex={-1}>
        {m.waiversHeading}
      </Heading>
      {sorted.length === 0 ? (
        <Paragraph data-testid="waivers-empty">{m.waiversEmpty}</Paragraph>
      ) : (
        <Table border className="cases-table" aria-labelledby={headingId}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{m.waiverColumnJournalist}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{m.waiverColumnNewsroom}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{m.waiverColumnTopics}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{m.waiverColumnValidUntil}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{m.waiverColumnStatus}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {sorted.map((waiver) => (
              <Table.Row
                key={waiver.id}
                data-testid="waiver"
                data-waiver-id={waiver.id}
                data-in-force={String(waiver.inForce)}
              >
                <Table.HeaderCell scope="row" className="cases-table__key">
                  {waiver.journalist}
                </Table.HeaderCell>
                <Table.Cell>{waiver.newsroom}</Table.Cell>
                <Table.Cell>
                  {waiver.excludedTopics.length === 0 ? (
                    m.waiverNoTopics
                  ) : (
                    <ul className="documents-table__files">
                      {waiver.excludedTopics.map((topic) => (
                        <li key={topic}>{topic}</li>
                      ))}
                    </ul>
                  )}
                </Table.Cell>
                <Table.Cell className="cases-table__nowrap">
                  {waiver.validUntil ? formatDate(lastDayOf(waiver.validUntil), language) : m.waiverNoLimit}
                </Table.Cell>
                <Table.Cell>
                  <span data-testid="waiver-status">{waiverStatus(waiver, m, language)}</span>
                  {waiver.inForce && (
                    <div>
                      <Button
                        type="button"
                        variant="secondary"
                        data-size="sm"
                        loading={busy === waiver.id}
                        aria-label={format(m.waiverRevokeLabel, { journalist: waiver.journalist })}
                        onClick={() => void revoke(waiver)}
                        data-testid="waiver-revoke"
                      >
                        {m.waiverRevoke}
                      </Button>
                    </div>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <div role="status" className="staff__status" data-testid="waivers-status">
        {done && <Paragraph data-size="sm">{done}</Paragraph>}
      </div>
      {failure && (
        <Alert
          key={failure.attempt}
          data-color="danger"
          role="alert"
          data-testid="waivers-error"
          data-code={failure.code}
        >
          <Paragraph>{m[formErrorKey(failure.code)]}</Paragraph>
        </Alert>
      )}
    </section>
  );
}
