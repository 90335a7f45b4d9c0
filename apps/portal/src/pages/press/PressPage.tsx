import { Alert, Button, Heading, Link, List, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useEffect, useId, useState } from 'react';
import { fetchPressService, type PressService, PUBLIC_REGISTER } from '../../api/press';
import { useDocumentTitle, useI18n } from '../../i18n/I18nProvider';
import { interpolate } from '../../i18n/interpolate';
import { paths } from '../../routing/router';
import { pressHoursText, pressOpeningText } from './pressTexts';

type State = { status: 'loading' } | { status: 'error' } | { status: 'done'; service: PressService };

/**
 * `/presse`: for journalists, no login. When the press office answers (and whether it is open now),
 * and the rules for questions about individual cases and court cases, in plain words.
 */
export function PressPage() {
  const { language, messages: m } = useI18n();
  useDocumentTitle(m.pressPageHeading);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const hoursId = useId();
  const casesId = useId();
  const courtId = useId();
  const logId = useId();

  useEffect(() => {
    void attempt;
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchPressService(controller.signal).then(
      (service) => {
        if (!controller.signal.aborted) setState({ status: 'done', service });
      },
      () => {
        if (!controller.signal.aborted) setState({ status: 'error' });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const register = <Link href={PUBLIC_REGISTER.url}>{PUBLIC_REGISTER.name}</Link>;

  return (
    <div className="page-content press-page" data-testid="press-page">
      <Heading level={1} data-size="lg">
        {m.pressPageHeading}
      </Heading>
      <Paragraph variant="long">{m.pressPageIntro}</Paragraph>
      <Paragraph variant="long">{m.pressPageOwnCase}</Paragraph>

      <section aria-labelledby={hoursId} className="case-section">
        <Heading level={2} data-size="sm" id={hoursId}>
          {m.pressHoursHeading}
        </Heading>
        {state.status === 'loading' && (
          <div className="status" role="status">
            <Spinner aria-hidden data-size="sm" />
            <span>{m.loading}</span>
          </div>
        )}
        {state.status === 'error' && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{m.errorMessage}</Paragraph>
            <Button type="button" variant="secondary" data-size="sm" onClick={() => setAttempt((n) => n + 1)}>
              {m.retry}
            </Button>
          </Alert>
        )}
        {state.status === 'done' && (
          <>
            <Paragraph data-testid="press-page-hours">{pressHoursText(state.service, m, language)}</Paragraph>
            <Paragraph data-testid="press-page-open" data-open={String(state.service.openNow)}>
              <strong>{pressOpeningText(state.service, m, language)}</strong>
            </Paragraph>
            <Paragraph>{m.pressOutsideHoursNote}</Paragraph>
          </>
        )}
      </section>

      <section aria-labelledby={casesId} className="case-section" data-testid="press-page-cases">
        <Heading level={2} data-size="sm" id={casesId}>
          {m.pressCasesHeading}
        </Heading>
        <Paragraph variant="long">{m.pressCasesConfidential}</Paragraph>
        <Paragraph variant="long">{m.pressCasesProcessOnly}</Paragraph>
        <Paragraph variant="long">{m.pressCasesHelsetilsyn}</Paragraph>
        <Paragraph variant="long">{interpolate(m.pressCasesRegister, { register })}</Paragraph>
        <Heading level={3} data-size="xs">
          {m.pressWaiverHowHeading}
        </Heading>
        <Paragraph variant="long">{m.pressWaiverHow}</Paragraph>
      </section>

      <section aria-labelledby={courtId} className="case-section" data-testid="press-page-court">
        <Heading level={2} data-size="sm" id={courtId}>
          {m.pressCourtHeading}
        </Heading>
        <Paragraph variant="long">{m.pressCourtText}</Paragraph>
      </section>

      <section aria-labelledby={logId} className="case-section">
        <Heading level={2} data-size="sm" id={logId}>
          {m.pressLogPublicHeading}
        </Heading>
        <Paragraph variant="long">{m.pressLogPublicIntro}:</Paragraph>
        <List.Unordered>
          <List.Item>{m.pressLogItemDate}</List.Item>
          <List.Item>{m.pressLogItemClient}</List.Item>
          <List.Item>{m.pressLogItemName}</List.Item>
          <List.Item>{m.pressLogItemContact}</List.Item>
          <List.Item>{m.pressLogItemQuestion}</List.Item>
        </List.Unordered>
        <Paragraph variant="long">{m.pressLogPublicAccess}</Paragraph>
      </section>

      <Paragraph>
        <Link href={paths.start}>{m.backToStart}</Link>
      </Paragraph>
    </div>
  );
}
