import { Alert, Button, Heading, Link, List, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import {
  type DisclosureLevel,
  type DisclosureQuestion,
  fetchPressDisclosure,
  type PressDisclosure,
} from '../../api/press';
import { format } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { interpolate } from '../../i18n/interpolate';
import { describeDisclosure } from './pressTexts';

type HeadingLevel = 2 | 3 | 4 | 5;

const alertColor: Readonly<Record<DisclosureLevel, 'danger' | 'warning' | 'info' | 'success'>> = {
  SAY_NOTHING: 'danger',
  NEITHER_CONFIRM_NOR_DENY: 'warning',
  CONFIRM_HANDLING: 'info',
  PROCESS_ONLY: 'info',
};

/**
 * What the press officer may say about a case to this journalist of this newsroom, in plain words:
 * the headline and why, what may be said, what not, the waiver's limit, and (marked as internal, never
 * to be told) why a waiver on the case does not count.
 */
export function DisclosurePanel({
  disclosure,
  question,
  headingLevel,
}: {
  disclosure: PressDisclosure;
  question: DisclosureQuestion;
  headingLevel: HeadingLevel;
}) {
  const { language, messages: m } = useI18n();
  const text = describeDisclosure(disclosure, m, language);
  return (
    // not a landmark: an entry's panel is one of many with the same heading
    <div
      className="disclosure"
      data-testid="disclosure"
      data-level={disclosure.level}
      data-reason={disclosure.reason}
    >
      <Heading level={headingLevel} data-size="2xs">
        {m.pressDisclosureHeading}
      </Heading>
      <Paragraph data-size="sm">
        {format(m.pressDisclosureFor, {
          journalist: question.journalist.trim(),
          newsroom: question.newsroom.trim(),
          caseNumber: question.caseNumber.trim(),
        })}
      </Paragraph>
      <Alert data-color={alertColor[disclosure.level] ?? 'danger'} className="disclosure__decision">
        <Paragraph className="disclosure__headline" data-testid="disclosure-headline">
          <strong>{text.headline}</strong>
        </Paragraph>
        <Paragraph data-size="sm" data-testid="disclosure-reason">
          {text.reason}
        </Paragraph>
      </Alert>
      {text.may.length > 0 && (
        <div data-testid="disclosure-may">
          <Paragraph data-size="sm">{m.pressMayHeading}</Paragraph>
          <List.Unordered data-size="sm">
            {text.may.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List.Unordered>
        </div>
      )}
      {text.avoid && (
        <Paragraph data-size="sm" data-testid="disclosure-avoid">
          <strong>{text.avoid}</strong>
        </Paragraph>
      )}
      {text.validUntil && (
        <Paragraph data-size="sm" data-testid="disclosure-valid-until">
          {text.validUntil}
        </Paragraph>
      )}
      {text.internal && (
        <Alert data-color="warning" className="disclosure__internal" data-testid="disclosure-internal">
          <Paragraph data-size="sm">
            <strong>{text.internal}</strong>
          </Paragraph>
        </Alert>
      )}
      <Paragraph data-size="sm" data-testid="disclosure-register">
        {interpolate(text.register.text, {
          register: <Link href={text.register.url}>{text.register.name}</Link>,
        })}
      </Paragraph>
      <Paragraph data-size="xs" className="disclosure__when">
        {text.decidedAt}
      </Paragraph>
    </div>
  );
}

type LookupState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; code: string | null }
  | { status: 'done'; disclosure: PressDisclosure };

/** Looks up what may be said while `enabled`; again on `retry`. Nothing is logged in the press log. */
export function useDisclosure(question: DisclosureQuestion | null, enabled: boolean) {
  const [state, setState] = useState<LookupState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const caseNumber = question?.caseNumber ?? '';
  const journalist = question?.journalist ?? '';
  const newsroom = question?.newsroom ?? '';
  useEffect(() => {
    void attempt;
    if (!enabled || !caseNumber) return;
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchPressDisclosure({ caseNumber, journalist, newsroom }, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      setState(
        result.ok
          ? { status: 'done', disclosure: result.disclosure }
          : { status: 'error', code: result.code },
      );
    });
    return () => controller.abort();
  }, [enabled, caseNumber, journalist, newsroom, attempt]);
  return { state, retry: () => setAttempt((n) => n + 1) };
}

/** The panel for a lookup in progress, failed or done. */
export function DisclosureLookup({
  state,
  question,
  headingLevel,
  retry,
}: {
  state: LookupState;
  question: DisclosureQuestion;
  headingLevel: HeadingLevel;
  retry(): void;
}) {
  const { messages: m } = useI18n();
  if (state.status === 'idle') return null;
  if (state.status === 'loading') {
    return (
      <div className="status" role="status" data-testid="disclosure-loading">
        <Spinner aria-hidden data-size="sm" />
        <span>{m.pressDisclosureLoading}</span>
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <Alert data-color="danger" role="alert" data-testid="disclosure-error" data-code={state.code ?? ''}>
        <Paragraph data-size="sm">{m.pressDisclosureError}</Paragraph>
        <Button type="button" variant="secondary" data-size="sm" onClick={retry}>
          {m.retry}
        </Button>
      </Alert>
    );
  }
  return <DisclosurePanel disclosure={state.disclosure} question={question} headingLevel={headingLevel} />;
}
