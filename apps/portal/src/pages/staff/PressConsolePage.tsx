import {
  Alert,
  Button,
  ErrorSummary,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Spinner,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, type MouseEvent, type ReactNode, useEffect, useId, useState } from 'react';
import {
  answerPressInquiry,
  type DisclosureQuestion,
  fetchPressInquiries,
  type InquiryChannel,
  inquiryChannels,
  logPressInquiry,
  PAGE_SIZE,
  type PressInquiry,
  setPressInquiryStatus,
} from '../../api/press';
import type { StaffViewer } from '../../api/staff';
import { LoginLink } from '../../components/Session';
import {
  dateTimeInputToInstant,
  format,
  formatDate,
  formatDateTime,
  formatWeekdayDateTime,
  nowInOsloForInput,
} from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { Messages } from '../../i18n/messages';
import { DisclosureLookup, useDisclosure } from '../press/DisclosurePanel';
import {
  channelKeys,
  checkAnswer,
  checkInquiry,
  checkLookup,
  type InquiryField,
  inquiryErrorField,
  inquiryErrorKey,
  inquiryStatusKeys,
  looksUpAtOnce,
  MAX_CONTACT_LENGTH,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  statusActions,
} from '../press/pressTexts';
import { StaffShell } from './StaffPages';
import { staffRedirectLogin } from './staffLogin';

type ListState =
  | { status: 'loading' }
  | { status: 'error'; code: string | null }
  | { status: 'done'; inquiries: PressInquiry[] };

/**
 * `/intern/presse`: the press office's console. Log an inquiry, see what may be said about the case
 * asked about (for that journalist and newsroom), record the answer given, and look a case up without
 * logging anything. Press officers only (StaffPages checks the role before this page asks for anything).
 */
export function PressConsolePage({ viewer }: { viewer: StaffViewer }) {
  const { messages: m } = useI18n();
  const [first, setFirst] = useState(PAGE_SIZE);
  const [attempt, setAttempt] = useState(0);
  const [list, setList] = useState<ListState>({ status: 'loading' });

  useEffect(() => {
    void attempt;
    const controller = new AbortController();
    fetchPressInquiries(first, controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        setList(
          result.ok
            ? { status: 'done', inquiries: result.inquiries }
            : { status: 'error', code: result.code },
        );
      },
      () => {
        if (!controller.signal.aborted) setList({ status: 'error', code: null });
      },
    );
    return () => controller.abort();
  }, [first, attempt]);

  const prepend = (inquiry: PressInquiry) =>
    setList((previous) =>
      previous.status === 'done'
        ? { status: 'done', inquiries: [inquiry, ...previous.inquiries.filter((i) => i.id !== inquiry.id)] }
        : previous,
    );
  const replace = (inquiry: PressInquiry) =>
    setList((previous) =>
      previous.status === 'done'
        ? { status: 'done', inquiries: previous.inquiries.map((i) => (i.id === inquiry.id ? inquiry : i)) }
        : previous,
    );

  return (
    <StaffShell title={m.pressConsoleHeading} viewer={viewer} current="press">
      <div className="press-console" data-testid="press-console">
        <Paragraph variant="long">{m.pressConsoleIntro}</Paragraph>
        <LogInquirySection onLogged={prepend} />
        <InquiryLogSection
          list={list}
          canShowMore={list.status === 'done' && list.inquiries.length >= first}
          onShowMore={() => setFirst((n) => n + PAGE_SIZE)}
          onRetry={() => setAttempt((n) => n + 1)}
          onChanged={replace}
        />
        <LookupSection />
      </div>
    </StaffShell>
  );
}

/* ---------- Errors ---------- */

/**
 * The error summary (new on each attempt, so it is announced), each field error linking to its field,
 * and the errors about the form as a whole.
 */
function InquiryErrors({
  codes,
  attempt,
  idOf,
}: {
  codes: readonly string[];
  attempt: number;
  idOf(field: InquiryField): string;
}) {
  const { messages: m } = useI18n();
  if (codes.length === 0) return null;
  const fieldCodes = codes.filter((c) => inquiryErrorField(c) !== null);
  const formCodes = codes.filter((c) => inquiryErrorField(c) === null);
  function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
    event.preventDefault();
    document.getElementById(id)?.focus();
  }
  return (
    <>
      {fieldCodes.length > 0 && (
        <ErrorSummary key={attempt} data-testid="press-errors">
          <ErrorSummary.Heading level={3} data-size="xs">
            {m.pressErrorSummaryHeading}
          </ErrorSummary.Heading>
          <ErrorSummary.List>
            {fieldCodes.map((code) => {
              const id = idOf(inquiryErrorField(code)!);
              return (
                <ErrorSummary.Item key={code}>
                  <ErrorSummary.Link href={`#${id}`} onClick={(event) => focusField(event, id)}>
                    {m[inquiryErrorKey(code)]}
                  </ErrorSummary.Link>
                </ErrorSummary.Item>
              );
            })}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      {formCodes.map((code) => (
        <FormError key={`${attempt}-${code}`} code={code} />
      ))}
    </>
  );
}

function FormError({ code }: { code: string }) {
  const { messages: m } = useI18n();
  return (
    <Alert data-color="danger" role="alert" data-testid="press-error" data-code={code}>
      <Paragraph data-size="sm">{m[inquiryErrorKey(code)]}</Paragraph>
      {code === 'UNAUTHENTICATED' && (
        <div>
          <LoginLink again href={staffRedirectLogin()} />
        </div>
      )}
    </Alert>
  );
}

function errorAt(codes: readonly string[], field: InquiryField, m: Messages): string | undefined {
  const code = codes.find((c) => inquiryErrorField(c) === field);
  return code ? m[inquiryErrorKey(code)] : undefined;
}

/* ---------- Log an inquiry ---------- */

const emptyInquiry = {
  channel: 'PHONE' as InquiryChannel,
  newsroom: '',
  journalistName: '',
  journalistContact: '',
  question: '',
  caseNumber: '',
};

function LogInquirySection({ onLogged }: { onLogged(inquiry: PressInquiry): void }) {
  const { messages: m } = useI18n();
  const headingId = useId();
  const formId = useId();
  const idOf = (field: InquiryField) => `${formId}-${field}`;
  const channelId = useId();
  const [entry, setEntry] = useState(emptyInquiry);
  // The time received shows "now" until the officer changes it; untouched, the server's now is used.
  const [receivedText, setReceivedText] = useState(() => nowInOsloForInput(new Date()));
  const [receivedTouched, setReceivedTouched] = useState(false);
  const [codes, setCodes] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const set = (field: keyof typeof emptyInquiry) => (value: string) => setEntry({ ...entry, [field]: value });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setDone(null);
    setAttempt((n) => n + 1);
    const receivedAt = receivedTouched ? dateTimeInputToInstant(receivedText) : null;
    const refused = checkInquiry(
      { ...entry, receivedAt, receivedAtText: receivedTouched ? receivedText : '' },
      new Date(),
    );
    if (refused.length > 0) {
      setCodes(refused);
      return;
    }
    setCodes([]);
    setSaving(true);
    const outcome = await logPressInquiry({ ...entry, receivedAt });
    setSaving(false);
    if (!outcome.ok) {
      setCodes([outcome.code ?? 'UNAVAILABLE']);
      return;
    }
    onLogged(outcome.inquiry);
    setDone(format(m.pressLogged, { newsroom: outcome.inquiry.newsroom }));
    setEntry(emptyInquiry);
    setReceivedText(nowInOsloForInput(new Date()));
    setReceivedTouched(false);
  }

  return (
    <section aria-labelledby={headingId} className="case-section" data-testid="press-log-form">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.pressLogFormHeading}
      </Heading>
      <InquiryErrors codes={codes} attempt={attempt} idOf={idOf} />
      <form
        method="post"
        noValidate
        onSubmit={submit}
        className="staff-form"
        aria-labelledby={headingId}
        aria-busy={saving || undefined}
        data-error-code={codes.join(' ') || undefined}
      >
        <Textfield
          id={idOf('receivedAt')}
          className="staff-form__datetime"
          type="datetime-local"
          label={m.pressReceivedLabel}
          description={m.pressReceivedDescription}
          max={nowInOsloForInput(new Date())}
          value={receivedText}
          onChange={(event) => {
            setReceivedText(event.target.value);
            setReceivedTouched(true);
          }}
          error={errorAt(codes, 'receivedAt', m)}
          data-testid="press-received-at"
        />
        <Field>
          <Label htmlFor={channelId}>{m.pressChannelLabel}</Label>
          <Select
            id={channelId}
            value={entry.channel}
            onChange={(event) => set('channel')(event.target.value)}
            data-testid="press-channel"
          >
            {inquiryChannels.map((channel) => (
              <Select.Option key={channel} value={channel}>
                {m[channelKeys[channel]]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id={idOf('newsroom')}
          label={m.pressNewsroomLabel}
          description={m.pressNewsroomDescription}
          autoComplete="off"
          maxLength={MAX_NAME_LENGTH}
          value={entry.newsroom}
          onChange={(event) => set('newsroom')(event.target.value)}
          error={errorAt(codes, 'newsroom', m)}
        />
        <Textfield
          id={idOf('journalistName')}
          label={m.pressJournalistLabel}
          autoComplete="off"
          maxLength={MAX_NAME_LENGTH}
          value={entry.journalistName}
          onChange={(event) => set('journalistName')(event.target.value)}
          error={errorAt(codes, 'journalistName', m)}
        />
        <Textfield
          id={idOf('journalistContact')}
          label={m.pressContactLabel}
          description={m.pressContactDescription}
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_CONTACT_LENGTH}
          value={entry.journalistContact}
          onChange={(event) => set('journalistContact')(event.target.value)}
          error={errorAt(codes, 'journalistContact', m)}
        />
        <Textfield
          id={idOf('question')}
          multiline
          rows={4}
          label={m.pressQuestionLabel}
          maxLength={MAX_TEXT_LENGTH}
          value={entry.question}
          onChange={(event) => set('question')(event.target.value)}
          error={errorAt(codes, 'question', m)}
        />
        <Textfield
          id={idOf('caseNumber')}
          className="staff-form__short"
          label={m.pressCaseNumberLabel}
          description={m.pressCaseNumberDescription}
          autoComplete="off"
          spellCheck={false}
          value={entry.caseNumber}
          onChange={(event) => set('caseNumber')(event.target.value)}
          error={errorAt(codes, 'caseNumber', m)}
        />
        <div>
          <Button
            type="submit"
            loading={saving}
            aria-disabled={saving || undefined}
            data-testid="press-log-submit"
          >
            {m.pressLogSubmit}
          </Button>
        </div>
        <div role="status" className="staff__status" data-testid="press-log-status">
          {done && <Paragraph data-size="sm">{done}</Paragraph>}
        </div>
      </form>
    </section>
  );
}

/* ---------- The log ---------- */

function InquiryLogSection({
  list,
  canShowMore,
  onShowMore,
  onRetry,
  onChanged,
}: {
  list: ListState;
  canShowMore: boolean;
  onShowMore(): void;
  onRetry(): void;
  onChanged(inquiry: PressInquiry): void;
}) {
  const { messages: m } = useI18n();
  const headingId = useId();
  let body: ReactNode;
  if (list.status === 'loading') {
    body = (
      <div className="status" role="status">
        <Spinner aria-hidden data-size="sm" />
        <span>{m.loading}</span>
      </div>
    );
  } else if (list.status === 'error') {
    body =
      list.code === 'UNAUTHENTICATED' || list.code === 'FORBIDDEN' ? (
        <FormError code={list.code} />
      ) : (
        <Alert data-color="danger" role="alert">
          <Paragraph>{m.errorMessage}</Paragraph>
          <Button type="button" variant="secondary" data-size="sm" onClick={onRetry}>
            {m.retry}
          </Button>
        </Alert>
      );
  } else if (list.inquiries.length === 0) {
    body = <Paragraph data-testid="press-log-empty">{m.pressLogEmpty}</Paragraph>;
  } else {
    body = (
      <>
        <ol className="press-log" aria-labelledby={headingId}>
          {list.inquiries.map((inquiry) => (
            <li key={inquiry.id}>
              <InquiryEntry inquiry={inquiry} onChanged={onChanged} />
            </li>
          ))}
        </ol>
        {canShowMore && (
          <div>
            <Button type="button" variant="secondary" data-size="sm" onClick={onShowMore}>
              {m.pressShowMore}
            </Button>
          </div>
        )}
      </>
    );
  }
  return (
    <section aria-labelledby={headingId} className="case-section" data-testid="press-log">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.pressLogHeading}
      </Heading>
      <Paragraph>{m.pressLogIntro}</Paragraph>
      {body}
    </section>
  );
}

function InquiryEntry({
  inquiry,
  onChanged,
}: {
  inquiry: PressInquiry;
  onChanged(inquiry: PressInquiry): void;
}) {
  const { language, messages: m } = useI18n();
  const headingId = useId();
  const status = inquiry.status;
  const actions = statusActions(status);
  // Each lookup shows in the complainant's "who has seen my case": at once only while the entry is open.
  const [wantDisclosure, setWantDisclosure] = useState(() => looksUpAtOnce(status));
  const question: DisclosureQuestion | null = inquiry.caseNumber
    ? { caseNumber: inquiry.caseNumber, journalist: inquiry.journalistName, newsroom: inquiry.newsroom }
    : null;
  const disclosure = useDisclosure(question, wantDisclosure);
  const [busy, setBusy] = useState<'IN_PROGRESS' | 'CLOSED' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ code: string; attempt: number } | null>(null);

  async function move(to: 'IN_PROGRESS' | 'CLOSED') {
    if (busy) return;
    setBusy(to);
    setDone(null);
    const outcome = await setPressInquiryStatus(inquiry.id, to);
    setBusy(null);
    if (outcome.ok) {
      setFailure(null);
      onChanged(outcome.inquiry);
      setDone(format(m.pressStatusChanged, { status: m[inquiryStatusKeys[outcome.inquiry.status]] }));
      if (to === 'CLOSED') document.getElementById(headingId)?.focus(); // its buttons are gone
    } else {
      setFailure({ code: outcome.code ?? 'UNAVAILABLE', attempt: (failure?.attempt ?? 0) + 1 });
    }
  }

  return (
    <article
      aria-labelledby={headingId}
      className="press-inquiry"
      data-testid="press-inquiry"
      data-inquiry-id={inquiry.id}
      data-status={status}
    >
      <Heading level={3} data-size="xs" id={headingId} tabIndex={-1}>
        {format(m.pressInquiryHeading, { newsroom: inquiry.newsroom, journalist: inquiry.journalistName })}
      </Heading>
      <dl className="press-inquiry__facts">
        <Fact label={m.pressFieldReceived}>
          <time dateTime={inquiry.receivedAt}>{formatDateTime(inquiry.receivedAt, language)}</time>
          {inquiry.handling.outsidePressHours && (
            <span className="press-inquiry__handling" data-testid="press-handled-from">
              {format(m.pressOutsideHours, {
                when: formatWeekdayDateTime(inquiry.handling.handledFrom, language),
              })}
            </span>
          )}
        </Fact>
        <Fact label={m.pressFieldChannel}>{m[channelKeys[inquiry.channel]] ?? inquiry.channel}</Fact>
        <Fact label={m.pressFieldNewsroom}>{inquiry.newsroom}</Fact>
        <Fact label={m.pressFieldJournalist}>{inquiry.journalistName}</Fact>
        <Fact label={m.pressFieldContact}>{inquiry.journalistContact}</Fact>
        <Fact label={m.pressFieldQuestion}>
          <span className="press-inquiry__text">{inquiry.question}</span>
        </Fact>
        <Fact label={m.pressFieldCaseNumber}>{inquiry.caseNumber ?? m.pressNoCaseNumber}</Fact>
        <Fact label={m.pressFieldStatus}>
          <span data-testid="press-status">{m[inquiryStatusKeys[status]] ?? status}</span>
        </Fact>
        <Fact label={m.pressFieldHandledBy}>{inquiry.handledBy ?? m.pressNobody}</Fact>
        {inquiry.answer !== null && (
          <Fact label={m.pressFieldAnswer}>
            <span className="press-inquiry__text" data-testid="press-answer">
              {inquiry.answer}
            </span>
          </Fact>
        )}
        {inquiry.answeredAt && (
          <Fact label={m.pressFieldAnsweredAt}>
            <time dateTime={inquiry.answeredAt}>{formatDateTime(inquiry.answeredAt, language)}</time>
          </Fact>
        )}
        <Fact label={m.pressFieldDeleteAfter}>
          <time dateTime={inquiry.deleteAfter}>{formatDate(inquiry.deleteAfter, language)}</time>
        </Fact>
      </dl>

      {question && !wantDisclosure && (
        <div>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            aria-describedby={headingId}
            onClick={() => setWantDisclosure(true)}
            data-testid="disclosure-show"
          >
            {m.pressDisclosureShow}
          </Button>
        </div>
      )}
      {question && (
        <DisclosureLookup
          state={disclosure.state}
          question={question}
          headingLevel={4}
          retry={disclosure.retry}
        />
      )}

      {actions.answer && <AnswerForm inquiry={inquiry} entryHeadingId={headingId} onChanged={onChanged} />}

      {(actions.inProgress || actions.close) && (
        <div className="press-inquiry__actions">
          {actions.inProgress && (
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              loading={busy === 'IN_PROGRESS'}
              aria-disabled={busy !== null || undefined}
              aria-describedby={headingId}
              onClick={() => void move('IN_PROGRESS')}
              data-testid="press-mark-in-progress"
            >
              {m.pressMarkInProgress}
            </Button>
          )}
          {actions.close && (
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              loading={busy === 'CLOSED'}
              aria-disabled={busy !== null || undefined}
              aria-describedby={headingId}
              onClick={() => void move('CLOSED')}
              data-testid="press-close"
            >
              {m.pressClose}
            </Button>
          )}
        </div>
      )}
      <div role="status" className="staff__status" data-testid="press-entry-status">
        {done && <Paragraph data-size="sm">{done}</Paragraph>}
      </div>
      {failure && <FormError key={failure.attempt} code={failure.code} />}
    </article>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="press-inquiry__fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function AnswerForm({
  inquiry,
  entryHeadingId,
  onChanged,
}: {
  inquiry: PressInquiry;
  entryHeadingId: string;
  onChanged(inquiry: PressInquiry): void;
}) {
  const { messages: m } = useI18n();
  const formId = useId();
  const [answer, setAnswer] = useState(inquiry.answer ?? '');
  const [codes, setCodes] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const fieldError = errorAt(codes, 'answer', m);
  const formCodes = codes.filter((c) => inquiryErrorField(c) === null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setDone(null);
    setAttempt((n) => n + 1);
    const refused = checkAnswer(answer);
    if (refused.length > 0) {
      setCodes(refused);
      document.getElementById(`${formId}-answer`)?.focus();
      return;
    }
    setCodes([]);
    setSaving(true);
    const outcome = await answerPressInquiry(inquiry.id, answer);
    setSaving(false);
    if (outcome.ok) {
      onChanged(outcome.inquiry);
      setDone(m.pressAnswerSaved);
    } else {
      setCodes([outcome.code ?? 'UNAVAILABLE']);
      if (inquiryErrorField(outcome.code) === 'answer') document.getElementById(`${formId}-answer`)?.focus();
    }
  }

  return (
    <form
      method="post"
      noValidate
      onSubmit={submit}
      className="staff-form press-inquiry__answer"
      aria-describedby={entryHeadingId}
      aria-busy={saving || undefined}
      data-testid="press-answer-form"
      data-error-code={codes.join(' ') || undefined}
    >
      <Textfield
        id={`${formId}-answer`}
        multiline
        rows={3}
        label={m.pressAnswerLabel}
        description={m.pressAnswerDescription}
        maxLength={MAX_TEXT_LENGTH}
        value={answer}
        onChange={(event) => setAnswer(event.target.value)}
        error={fieldError}
      />
      <div>
        <Button
          type="submit"
          data-size="sm"
          loading={saving}
          aria-disabled={saving || undefined}
          data-testid="press-answer-submit"
        >
          {m.pressAnswerSubmit}
        </Button>
      </div>
      <div role="status" className="staff__status" data-testid="press-answer-status">
        {done && <Paragraph data-size="sm">{done}</Paragraph>}
      </div>
      {formCodes.map((code) => (
        <FormError key={`${attempt}-${code}`} code={code} />
      ))}
    </form>
  );
}

/* ---------- Look up a case without logging ---------- */

function LookupSection() {
  const { messages: m } = useI18n();
  const headingId = useId();
  const formId = useId();
  const idOf = (field: InquiryField) => `${formId}-${field}`;
  const [form, setForm] = useState({ caseNumber: '', journalist: '', newsroom: '' });
  const [asked, setAsked] = useState<DisclosureQuestion | null>(null);
  const [codes, setCodes] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const disclosure = useDisclosure(asked, asked !== null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const refused = checkLookup(form);
    setCodes(refused);
    if (refused.length > 0) return;
    const next = {
      caseNumber: form.caseNumber.trim(),
      journalist: form.journalist.trim(),
      newsroom: form.newsroom.trim(),
    };
    // the same question again is asked again: a waiver or the court status may have changed meanwhile
    const same =
      asked?.caseNumber === next.caseNumber &&
      asked.journalist === next.journalist &&
      asked.newsroom === next.newsroom;
    if (same) disclosure.retry();
    else setAsked(next);
  }

  return (
    <section aria-labelledby={headingId} className="case-section" data-testid="press-lookup">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.pressLookupHeading}
      </Heading>
      <Paragraph>{m.pressLookupIntro}</Paragraph>
      <InquiryErrors codes={codes} attempt={attempt} idOf={idOf} />
      <form method="post" noValidate onSubmit={submit} className="staff-form" aria-labelledby={headingId}>
        <Textfield
          id={idOf('caseNumber')}
          className="staff-form__short"
          label={m.pressLookupCaseNumberLabel}
          autoComplete="off"
          spellCheck={false}
          value={form.caseNumber}
          onChange={(event) => setForm({ ...form, caseNumber: event.target.value })}
          error={errorAt(codes, 'caseNumber', m)}
        />
        <Textfield
          id={idOf('journalistName')}
          label={m.pressJournalistLabel}
          autoComplete="off"
          maxLength={MAX_NAME_LENGTH}
          value={form.journalist}
          onChange={(event) => setForm({ ...form, journalist: event.target.value })}
          error={errorAt(codes, 'journalistName', m)}
        />
        <Textfield
          id={idOf('newsroom')}
          label={m.pressNewsroomLabel}
          description={m.pressNewsroomDescription}
          autoComplete="off"
          maxLength={MAX_NAME_LENGTH}
          value={form.newsroom}
          onChange={(event) => setForm({ ...form, newsroom: event.target.value })}
          error={errorAt(codes, 'newsroom', m)}
        />
        <div>
          <Button type="submit" variant="secondary" data-testid="press-lookup-submit">
            {m.pressLookupSubmit}
          </Button>
        </div>
      </form>
      {asked && (
        <div data-testid="press-lookup-result">
          <DisclosureLookup
            state={disclosure.state}
            question={asked}
            headingLevel={3}
            retry={disclosure.retry}
          />
        </div>
      )}
    </section>
  );
}
