import { Alert, Button, Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { actingForOther } from '../api/startPage';
import { type StartPage as StartPageState, useStartPage } from '../api/useStartPage';
import { LoginLink } from '../components/Session';
import { useDocumentTitle, useMessages } from '../i18n/I18nProvider';
import { loginUrlFor, matchRoute, navigate, paths } from '../routing/router';
import { ConsentPage } from './ConsentPage';
import { CasePage } from './cases/CasePage';
import { MyCasesPage } from './cases/MyCasesPage';
import { type Dashboard, useDashboard } from './cases/useDashboard';
import { NotFoundPage } from './NotFoundPage';
import { StartPage } from './StartPage';

type View = 'start' | 'consent' | 'notFound' | 'myCases' | 'case';

/** Moves focus to the main region when one page replaces another without a page load (not on first load). */
function useFocusMainOnChange(view: View | null): void {
  const previous = useRef<View | null>(null);
  useEffect(() => {
    if (view === null) return;
    if (previous.current !== null && previous.current !== view) {
      window.scrollTo(0, 0);
      document.getElementById('main')?.focus({ preventScroll: true });
    }
    previous.current = view;
  }, [view]);
}

function viewFor(path: string): View {
  const route = matchRoute(path);
  switch (route.name) {
    case 'start':
    case 'consent':
      return 'start';
    case 'myCases':
      return 'myCases';
    case 'case':
      return 'case';
    default:
      return 'notFound';
  }
}

/**
 * Every page that depends on who is logged in. A citizen who must consent sees the consent page
 * whatever the address; `/samtykke` without anything to consent to is the start page. Mine saker
 * learns who is logged in from its own first request (`Dashboard`), so it is one request; the
 * other pages from the start page's.
 */
export function ViewerPages({ path }: { path: string }) {
  const onMyCases = viewFor(path) === 'myCases';
  const page = useStartPage(!onMyCases);
  const dashboard = useDashboard(onMyCases);
  const current = onMyCases ? dashboard : page;
  const loaded = current.status === 'success';
  const viewer = current.data?.viewer;
  const consentRequired = Boolean(viewer?.authenticated && viewer.consentRequired);
  const view: View = consentRequired ? 'consent' : viewFor(path);

  useEffect(() => {
    if (loaded && !consentRequired && path === paths.consent) navigate(paths.start, { replace: true });
  }, [loaded, consentRequired, path]);

  useFocusMainOnChange(loaded ? view : null);

  switch (view) {
    case 'consent':
      return <ConsentPage onConsented={current.reload} />;
    case 'notFound':
      return <NotFoundPage />;
    case 'myCases':
      return <MyCasesPages dashboard={dashboard} path={path} />;
    case 'case':
      return <CitizenCasePages page={page} path={path} />;
    default:
      return <StartPage page={page} />;
  }
}

/** Mine saker: for a logged-in, consented citizen; others are told where to go. */
function MyCasesPages({ dashboard, path }: { dashboard: Dashboard; path: string }) {
  if (dashboard.status === 'error') return <CasesError retry={dashboard.retry} />;
  if (dashboard.status === 'loading') return <CasesLoading />;
  const viewer = dashboard.data.viewer;
  if (!viewer?.authenticated) return <CasesLogin path={path} />;
  if (viewer.kind !== 'CITIZEN') return <CasesCitizensOnly />;
  return <MyCasesPage actingFor={actingForOther(viewer)} dashboard={dashboard} />;
}

/** The case page: for a logged-in, consented citizen; others are told where to go. */
function CitizenCasePages({ page, path }: { page: StartPageState; path: string }) {
  const route = matchRoute(path);
  if (page.status === 'error') return <StartPage page={page} />;
  if (page.status === 'loading') return <CasesLoading />;
  const viewer = page.data.viewer;
  if (!viewer?.authenticated) return <CasesLogin path={path} />;
  if (viewer.kind !== 'CITIZEN') return <CasesCitizensOnly />;
  if (route.name === 'case') return <CasePage id={route.id} reloadViewer={page.reload} />;
  return <NotFoundPage />;
}

/** Mine saker could not be loaded at all (the gateway is down): say so, and offer to try again. */
function CasesError({ retry }: { retry(): void }) {
  const m = useMessages();
  useDocumentTitle(m.myCasesHeading);
  return (
    <div className="page-content" data-testid="cases-error">
      <Heading level={1} data-size="lg">
        {m.myCasesHeading}
      </Heading>
      <Alert data-color="danger" role="alert" className="start__error">
        <Heading level={2} data-size="xs">
          {m.errorHeading}
        </Heading>
        <Paragraph>{m.errorMessage}</Paragraph>
        <Button type="button" variant="secondary" data-size="sm" onClick={retry}>
          {m.retry}
        </Button>
      </Alert>
    </div>
  );
}

function CasesLoading() {
  const m = useMessages();
  useDocumentTitle(m.myCasesHeading);
  return (
    <div className="page-content">
      <Heading level={1} data-size="lg">
        {m.myCasesHeading}
      </Heading>
      <div className="status" role="status">
        <Spinner aria-hidden data-size="sm" />
        <span>{m.loading}</span>
      </div>
    </div>
  );
}

function CasesLogin({ path }: { path: string }) {
  const m = useMessages();
  useDocumentTitle(m.myCasesHeading);
  return (
    <div className="page-content" data-testid="cases-login">
      <Heading level={1} data-size="lg">
        {m.myCasesHeading}
      </Heading>
      <Paragraph>{m.myCasesLoginText}</Paragraph>
      <div>
        <LoginLink href={loginUrlFor(path)} />
      </div>
    </div>
  );
}

function CasesCitizensOnly() {
  const m = useMessages();
  useDocumentTitle(m.myCasesHeading);
  return (
    <div className="page-content" data-testid="cases-citizens-only">
      <Heading level={1} data-size="lg">
        {m.myCasesHeading}
      </Heading>
      <Paragraph>{m.myCasesCitizensOnly}</Paragraph>
      <Paragraph>
        <Link href={paths.staff}>{m.staffHeading}</Link>
      </Paragraph>
    </div>
  );
}
