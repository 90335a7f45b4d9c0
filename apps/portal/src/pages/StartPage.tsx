import { Alert, Button, Card, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { StartPageData } from '../api/startPage';
import { useStartPage } from '../api/useStartPage';
import { format, formatClockTime } from '../i18n/format';
import { useI18n, useMessages } from '../i18n/I18nProvider';
import { StatisticsSection } from './StatisticsSection';

export function StartPage() {
  const m = useMessages();
  const page = useStartPage();

  return (
    <>
      <Heading level={1} data-size="lg" className="start__heading">
        {m.startHeading}
      </Heading>
      <Paragraph variant="long" className="start__intro">
        {m.startIntro}
      </Paragraph>

      {page.status === 'loading' && (
        <div className="status" role="status">
          <Spinner aria-hidden data-size="sm" />
          <span>{m.loading}</span>
        </div>
      )}

      {page.status === 'error' && (
        <Alert data-color="danger" role="alert" className="start__error">
          <Heading level={2} data-size="xs">
            {m.errorHeading}
          </Heading>
          <Paragraph>{m.errorMessage}</Paragraph>
          <Button type="button" variant="secondary" data-size="sm" onClick={page.retry}>
            {m.retry}
          </Button>
        </Alert>
      )}

      {page.status === 'success' && <StartPageContent data={page.data} />}
    </>
  );
}

function StartPageContent({ data }: { data: StartPageData }) {
  return (
    <div className="start__sections">
      <LoginCard authenticated={data.viewer?.authenticated ?? false} />
      <StatisticsSection statistics={data.statistics} />
      {data.pressService && <PressSection pressService={data.pressService} />}
    </div>
  );
}

function LoginCard({ authenticated }: { authenticated: boolean }) {
  const m = useMessages();
  const comingSoonId = useId();
  return (
    <Card data-color="neutral" variant="tinted" className="login-card">
      <Heading level={2} data-size="sm">
        {m.loginHeading}
      </Heading>
      <Paragraph>{authenticated ? m.viewerAuthenticated : m.viewerAnonymous}</Paragraph>
      {!authenticated && (
        <>
          <Paragraph id={comingSoonId}>{m.loginComingSoon}</Paragraph>
          <div>
            {/* aria-disabled keeps the button focusable so the "coming soon" description is announced. */}
            <Button type="button" aria-disabled="true" aria-describedby={comingSoonId}>
              {m.loginButton}
            </Button>
          </div>
        </>
      )}
    </Card>
  );
}

function PressSection({ pressService }: { pressService: NonNullable<StartPageData['pressService']> }) {
  const { language, messages: m } = useI18n();
  const headingId = useId();
  const template = pressService.excludesPublicHolidays ? m.pressHoursExceptHolidays : m.pressHours;
  return (
    <section aria-labelledby={headingId} className="press">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.pressHeading}
      </Heading>
      <Paragraph data-testid="press-hours">
        {format(template, {
          from: formatClockTime(pressService.answersFrom, language),
          to: formatClockTime(pressService.answersTo, language),
        })}
      </Paragraph>
    </section>
  );
}
