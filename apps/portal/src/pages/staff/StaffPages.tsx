import { Alert, Button, Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { CASE_OFFICER_ROLE, fetchStaffViewer, type StaffViewer } from '../../api/staff';
import { LogoutForm } from '../../components/Session';
import { useDocumentTitle, useMessages } from '../../i18n/I18nProvider';
import { interpolate } from '../../i18n/interpolate';
import { matchRoute, paths, staffLoginUrl } from '../../routing/router';
import { NotFoundPage } from '../NotFoundPage';
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
 * `/intern`: the case officers' console. Anyone not logged in as staff is sent to the staff login
 * (and back here afterwards); staff without the case officer role are politely refused.
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
  if (!viewer.staffRoles.includes(CASE_OFFICER_ROLE)) {
    return (
      <StaffShell title={m.staffNoAccessHeading} viewer={viewer}>
        <Paragraph data-testid="staff-no-access">{m.staffNoAccessText}</Paragraph>
        <Paragraph>
          <Link href={paths.start}>{m.backToStart}</Link>
        </Paragraph>
      </StaffShell>
    );
  }

  const route = matchRoute(path);
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

interface StaffShellProps {
  title: string;
  viewer?: StaffViewer;
  /** Which console page this is (marked as current in the navigation). */
  current?: 'find' | 'register';
  children: React.ReactNode;
}

/** Every console page: who is logged in, the console's navigation, and the page's own heading. */
export function StaffShell({ title, viewer, current, children }: StaffShellProps) {
  const m = useMessages();
  useDocumentTitle(title);
  return (
    <div className="staff" data-testid="staff">
      {viewer && (
        <div className="staff__bar">
          <nav aria-label={m.staffNavLabel} className="staff__nav">
            <ul>
              <li>
                <Link href={paths.staff} aria-current={current === 'find' ? 'page' : undefined}>
                  {m.staffNavFind}
                </Link>
              </li>
              <li>
                <Link href={paths.staffRegister} aria-current={current === 'register' ? 'page' : undefined}>
                  {m.staffNavRegister}
                </Link>
              </li>
            </ul>
          </nav>
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
