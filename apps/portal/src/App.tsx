import { SkipLink } from '@digdir/designsystemet-react';
import { SiteFooter } from './components/SiteFooter';
import { SiteHeader } from './components/SiteHeader';
import { I18nProvider, useMessages } from './i18n/I18nProvider';
import { AccessDeniedPage } from './pages/AccessDeniedPage';
import { PressPage } from './pages/press/PressPage';
import { StaffPages } from './pages/staff/StaffPages';
import { StatisticsPage } from './pages/statistics/StatisticsPage';
import { ViewerPages } from './pages/ViewerPages';
import { isStaffPath, paths, usePathname } from './routing/router';

function CurrentPage() {
  const path = usePathname();
  // The refusal page must work without a session, so it asks the gateway nothing.
  if (path === paths.accessDenied) return <AccessDeniedPage />;
  // For the press: public, and shown whoever is logged in (no consent page in front of it).
  if (path === paths.press) return <PressPage />;
  // Public statistics: no login, and nothing asked about who is logged in.
  if (path === paths.statistics) return <StatisticsPage />;
  // The case officers' console has its own (staff) login.
  if (isStaffPath(path)) return <StaffPages path={path} />;
  return <ViewerPages path={path} />;
}

function Layout() {
  const m = useMessages();
  return (
    <div className="page">
      <SkipLink href="#main">{m.skipToMain}</SkipLink>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="page__main">
        <div className="container">
          <CurrentPage />
        </div>
      </main>
      <SiteFooter />
    </div>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Layout />
    </I18nProvider>
  );
}
