import {
  Button,
  Checkbox,
  ErrorSummary,
  Fieldset,
  Heading,
  List,
  Paragraph,
} from '@digdir/designsystemet-react';
import { type ComponentRef, type FormEvent, type MouseEvent, useId, useRef, useState } from 'react';
import { giveConsent } from '../api/mutations';
import { LogoutForm, MutationError } from '../components/Session';
import { useDocumentTitle, useMessages } from '../i18n/I18nProvider';

interface ConsentPageProps {
  /** Called after consent was stored; settles once the viewer has been fetched again. */
  onConsented(): Promise<void>;
}

/** Shown instead of anything else to a citizen who has not yet consented to using Min side. */
export function ConsentPage({ onConsented }: ConsentPageProps) {
  const m = useMessages();
  useDocumentTitle(m.consentHeading);
  const digitalId = useId();
  const notifyId = useId();
  const summaryRef = useRef<ComponentRef<typeof ErrorSummary>>(null);

  const [digital, setDigital] = useState(false);
  const [notify, setNotify] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<{ code: string | null } | null>(null);

  // Errors appear on the first attempt to submit, then follow the boxes as they are ticked.
  const errors = submitted
    ? [
        ...(digital ? [] : [{ id: digitalId, text: m.consentDigitalError }]),
        ...(notify ? [] : [{ id: notifyId, text: m.consentNotifyError }]),
      ]
    : [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setSubmitted(true);
    setFailure(null);
    if (!digital || !notify) {
      summaryRef.current?.focus(); // a summary that is new focuses itself when it is added
      return;
    }
    setSaving(true);
    const outcome = await giveConsent();
    if (outcome.ok) {
      await onConsented();
    } else {
      setFailure({ code: outcome.code });
    }
    setSaving(false);
  }

  function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
    event.preventDefault();
    document.getElementById(id)?.focus();
  }

  return (
    <div className="page-content consent">
      <Heading level={1} data-size="lg">
        {m.consentHeading}
      </Heading>
      <Paragraph>{m.consentIntro}</Paragraph>
      <List.Unordered className="consent__points">
        <List.Item>{m.consentDigitalInfo}</List.Item>
        <List.Item>{m.consentNotifyInfo}</List.Item>
      </List.Unordered>

      {errors.length > 0 && (
        <ErrorSummary ref={summaryRef} data-testid="consent-errors">
          <ErrorSummary.Heading level={2} data-size="xs">
            {m.consentErrorSummaryHeading}
          </ErrorSummary.Heading>
          <ErrorSummary.List>
            {errors.map((error) => (
              <ErrorSummary.Item key={error.id}>
                <ErrorSummary.Link href={`#${error.id}`} onClick={(event) => focusField(event, error.id)}>
                  {error.text}
                </ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}

      <form noValidate onSubmit={submit} className="consent__form" data-testid="consent-form">
        <Fieldset>
          <Fieldset.Legend>{m.consentLegend}</Fieldset.Legend>
          <Fieldset.Description>{m.consentRequiredHint}</Fieldset.Description>
          <Checkbox
            id={digitalId}
            name="digital"
            required
            checked={digital}
            onChange={(event) => setDigital(event.target.checked)}
            label={m.consentDigitalLabel}
            error={submitted && !digital ? m.consentDigitalError : undefined}
          />
          <Checkbox
            id={notifyId}
            name="notify"
            required
            checked={notify}
            onChange={(event) => setNotify(event.target.checked)}
            label={m.consentNotifyLabel}
            error={submitted && !notify ? m.consentNotifyError : undefined}
          />
        </Fieldset>
        <div>
          <Button type="submit" loading={saving} aria-disabled={saving || undefined}>
            {m.consentSubmit}
          </Button>
        </div>
      </form>

      {failure && <MutationError code={failure.code} />}

      <div className="consent__decline">
        <Paragraph>{m.consentDecline}</Paragraph>
        <LogoutForm />
      </div>
    </div>
  );
}
