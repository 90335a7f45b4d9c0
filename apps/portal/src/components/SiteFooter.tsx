import { Link } from '@digdir/designsystemet-react';
import { useMessages } from '../i18n/I18nProvider';

export const accessibilityStatementUrl = 'https://uustatus.no/';

export function SiteFooter() {
  const m = useMessages();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <span className="site-footer__org">{m.siteName}</span>
        <Link href={accessibilityStatementUrl}>{m.accessibilityStatement}</Link>
      </div>
    </footer>
  );
}
