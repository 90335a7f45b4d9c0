import { Alert, Button, Card, Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { actingForOther, type StartPageData } from '../api/startPage';
import type { StartPage as StartPageState } from '../api/useStartPage';
import { LoginLink } from '../components/Session';
import { format, formatClockTime } from '../i18n/format';
import { useDocumentTitle, useI18n, useMessages } from '../i18n/I18nProvider';
import { interpolate } from '../i18n/interpolate';
import { paths } from '../routing/router';
import { ConsentStatusSection } from './ConsentStatusSection';
import { ContactInfoSection } from './ContactInfoSection';
import { StatisticsSection } from './StatisticsSection';
import { ViewerCard } from './ViewerCard';

export function StartPage({ page }: { page: StartPageState }) {
  const m = useMessages();
  useDocumentTitle();
  const viewer = page.data?.viewer;
  const actingFor = viewer?.authenticated ? actingForOther(viewer) : null;

  return (
    <>
      <Heading level={1} data-size="lg" className="start__heading">
        {m.startHeading}
      </Heading>
      {actingFor && (
        <Alert data-color="info" data-testid="acting-for" className="acting-for">
          <Paragraph>
            {interpolate(m.actingForBanner, { name: <strong>{actingFor.displayName}</strong> })}
          </Paragraph>
        </Alert>
      )}
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

      {page.status === 'success' && <StartPageContent data={page.data} reload={page.reload} />}
    </>
  );
}

function StartPageContent({ data, reload }: { data: StartPageData; reload(): Promise<void> }) {
  const viewer = data.viewer?.authenticated ? data.viewer : null;
  // The gateway gives contact points to the logged-in person only (even while acting for someone else).
  const person = viewer?.person;
  return (
    <div className="start__sections">
      {viewer ? <ViewerCard viewer={viewer} reload={reload} /> : <LoginCard />}
      {viewer?.kind === 'CITIZEN' && !viewer.consentRequired && <CasesLinkSection />}
      {viewer && person?.contactPoints && (
        <ContactInfoSection viewer={viewer} contactPoints={person.contactPoints} reload={reload} />
      )}
      {/* Only citizens consent; one who has not (yet) sees the consent page instead of this one. */}
      {viewer?.kind === 'CITIZEN' && !viewer.consentRequired && <ConsentStatusSection reload={reload} />}
      <StatisticsSection statistics={data.statistics} />
      {data.pressService && <PressSection pressService={data.pressService} />}
    </div>
  );
}

/** The way from the start page to "Mine saker" for a citizen who has consented. */
function CasesLinkSection() {
  const m = useMessages();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="cases-link" data-testid="cases-link">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.startCasesHeading}
      </Heading>
      <Paragraph>{m.startCasesText}</Paragraph>
      <Paragraph>
        <Link href={paths.myCases}>{m.startCasesLink}</Link>
      </Paragraph>
    </section>
  );
}

function LoginCard() {
  const m = useMessages();
  return (
    <Card data-color="neutral" variant="tinted" className="login-card">
      <Heading level={2} data-size="sm">
        {m.loginHeading}
      </Heading>
      <Paragraph>{m.viewerAnonymous}</Paragraph>
      <Paragraph>{m.loginHelp}</Paragraph>
      <div>
        <LoginLink />
      </div>
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
      <Paragraph>
        <Link href={paths.press}>{m.pressStartLink}</Link>
      </Paragraph>
    </section>
  );
}
