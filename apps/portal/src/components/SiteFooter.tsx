import { Link } from '@digdir/designsystemet-react';
import { useMessages } from '../i18n/I18nProvider';
import { paths } from '../routing/router';

export const accessibilityStatementUrl = 'https://uustatus.no/';

export function SiteFooter() {
  const m = useMessages();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <span className="site-footer__org">{m.siteName}</span>
        <ul className="site-footer__links">
          <li>
            <Link href={paths.statistics}>{m.footerStatisticsLink}</Link>
          </li>
          <li>
            <Link href={paths.press}>{m.footerPressLink}</Link>
          </li>
          <li>
            <Link href={accessibilityStatementUrl}>{m.accessibilityStatement}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
