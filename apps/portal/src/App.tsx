import { SkipLink } from '@digdir/designsystemet-react';
import { SiteFooter } from './components/SiteFooter';
import { SiteHeader } from './components/SiteHeader';
import { I18nProvider, useMessages } from './i18n/I18nProvider';
import { StartPage } from './pages/StartPage';

function Layout() {
  const m = useMessages();
  return (
    <div className="page">
      <SkipLink href="#main">{m.skipToMain}</SkipLink>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="page__main">
        <div className="container">
          <StartPage />
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
