import { Alert, Button, Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { CASE_OFFICER_ROLE, fetchStaffViewer, PRESS_OFFICER_ROLE, type StaffViewer } from '../../api/staff';
import { LogoutForm } from '../../components/Session';
import { useDocumentTitle, useMessages } from '../../i18n/I18nProvider';
import { interpolate } from '../../i18n/interpolate';
import { matchRoute, paths, staffLoginUrl } from '../../routing/router';
import { NotFoundPage } from '../NotFoundPage';
import { PressConsolePage } from './PressConsolePage';
import { RegisterCasePage } from './RegisterCasePage';
import { StaffCasePage } from './StaffCasePage';
import { StaffCasesPage } from './StaffCasesPage';

type ViewerState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'done'; viewer: StaffViewer | null };

function useStaffViewer(): { state: ViewerState; retry(): void } {
  const [state, setState] = useState<ViewerState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    void attempt;
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchStaffViewer(controller.signal).then(
      (viewer) => {
        if (!controller.signal.aborted) setState({ status: 'done', viewer });
      },
      () => {
        if (!controller.signal.aborted) setState({ status: 'error' });
      },
    );
    return () => controller.abort();
  }, [attempt]);
  return { state, retry: () => setAttempt((n) => n + 1) };
}

/**
 * `/intern`: the staff console. Anyone not logged in as staff is sent to the staff login (and back
 * here afterwards). The case pages are for case officers, `/intern/presse` for press officers; staff
 * without the role a page needs are politely refused (a press officer at `/intern` is shown the way
 * to the press log).
 */
export function StaffPages({ path }: { path: string }) {
  const m = useMessages();
  const { state, retry } = useStaffViewer();
  const isStaff = state.status === 'done' && state.viewer?.kind === 'STAFF';
  const mustLogIn = state.status === 'done' && !isStaff;

  useEffect(() => {
    if (mustLogIn) window.location.assign(staffLoginUrl(path));
  }, [mustLogIn, path]);

  if (state.status === 'loading' || mustLogIn) {
    return (
      <StaffShell title={m.staffHeading}>
        <div className="status" role="status" data-testid="staff-loading">
          <Spinner aria-hidden data-size="sm" />
          <span>{mustLogIn ? m.staffRedirecting : m.loading}</span>
        </div>
        {mustLogIn && (
          <Paragraph>
            <Link href={staffLoginUrl(path)}>{m.staffLoginLink}</Link>
          </Paragraph>
        )}
      </StaffShell>
    );
  }
  if (state.status === 'error') {
    return (
      <StaffShell title={m.staffHeading}>
        <Alert data-color="danger" role="alert" className="start__error">
          <Paragraph>{m.errorMessage}</Paragraph>
          <Button type="button" variant="secondary" data-size="sm" onClick={retry}>
            {m.retry}
          </Button>
        </Alert>
      </StaffShell>
    );
  }
  const viewer = state.viewer!;
  const route = matchRoute(path);
  const isCaseOfficer = viewer.staffRoles.includes(CASE_OFFICER_ROLE);
  const isPressOfficer = viewer.staffRoles.includes(PRESS_OFFICER_ROLE);

  // The press log is for press officers only: anyone else sees the refusal, and the page asks for nothing.
  if (route.name === 'staffPress') {
    if (!isPressOfficer)
      return (
        <NoAccess viewer={viewer} heading={m.staffPressNoAccessHeading} text={m.staffPressNoAccessText} />
      );
    return <PressConsolePage viewer={viewer} />;
  }
  if (!isCaseOfficer) {
    // A press officer at the console's front door is shown the way to the press log.
    if (isPressOfficer && route.name === 'staffCases') return <PressOfficerHome viewer={viewer} />;
    return <NoAccess viewer={viewer} heading={m.staffNoAccessHeading} text={m.staffNoAccessText} />;
  }

  switch (route.name) {
    case 'staffCases':
      return <StaffCasesPage viewer={viewer} />;
    case 'staffRegister':
      return <RegisterCasePage viewer={viewer} />;
    case 'staffCase':
      return <StaffCasePage viewer={viewer} id={route.id} />;
    default:
      return <NotFoundPage />;
  }
}

/** Staff without the role a page needs: politely refused, with the way to what they may use. */
function NoAccess({ viewer, heading, text }: { viewer: StaffViewer; heading: string; text: string }) {
  const m = useMessages();
  const isPressOfficer = viewer.staffRoles.includes(PRESS_OFFICER_ROLE);
  return (
    <StaffShell title={heading} viewer={viewer}>
      <Paragraph data-testid="staff-no-access">{text}</Paragraph>
      {isPressOfficer && (
        <Paragraph>
          <Link href={paths.staffPress} data-testid="staff-press-link">
            {m.staffPressOfficerLink}
          </Link>
        </Paragraph>
      )}
      <Paragraph>
        <Link href={paths.start}>{m.backToStart}</Link>
      </Paragraph>
    </StaffShell>
  );
}

/** `/intern` for a press officer (not a case officer): the way to the press log. */
function PressOfficerHome({ viewer }: { viewer: StaffViewer }) {
  const m = useMessages();
  return (
    <StaffShell title={m.staffPressOfficerHeading} viewer={viewer}>
      <Paragraph data-testid="staff-press-officer">{m.staffPressOfficerText}</Paragraph>
      <Paragraph>
        <Link href={paths.staffPress} data-testid="staff-press-link">
          {m.staffPressOfficerLink}
        </Link>
      </Paragraph>
    </StaffShell>
  );
}

interface StaffShellProps {
  title: string;
  viewer?: StaffViewer;
  /** Which console page this is (marked as current in the navigation). */
  current?: 'find' | 'register' | 'press';
  children: React.ReactNode;
}

/**
 * Every console page: who is logged in, the console's navigation (the pages the viewer's roles
 * open), and the page's own heading.
 */
export function StaffShell({ title, viewer, current, children }: StaffShellProps) {
  const m = useMessages();
  useDocumentTitle(title);
  const isCaseOfficer = viewer?.staffRoles.includes(CASE_OFFICER_ROLE) ?? false;
  const isPressOfficer = viewer?.staffRoles.includes(PRESS_OFFICER_ROLE) ?? false;
  return (
    <div className="staff" data-testid="staff">
      {viewer && (
        <div className="staff__bar">
          {(isCaseOfficer || isPressOfficer) && (
            <nav aria-label={m.staffNavLabel} className="staff__nav">
              <ul>
                {isCaseOfficer && (
                  <>
                    <li>
                      <Link href={paths.staff} aria-current={current === 'find' ? 'page' : undefined}>
                        {m.staffNavFind}
                      </Link>
                    </li>
                    <li>
                      <Link
                        href={paths.staffRegister}
                        aria-current={current === 'register' ? 'page' : undefined}
                      >
                        {m.staffNavRegister}
                      </Link>
                    </li>
                  </>
                )}
                {isPressOfficer && (
                  <li>
                    <Link href={paths.staffPress} aria-current={current === 'press' ? 'page' : undefined}>
                      {m.staffNavPress}
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          )}
          <div className="staff__session">
            {viewer.person && (
              <Paragraph data-size="sm">
                {interpolate(m.viewerLoggedInAs, { name: <strong>{viewer.person.displayName}</strong> })}
              </Paragraph>
            )}
            <LogoutForm />
          </div>
        </div>
      )}
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {children}
    </div>
  );
}
