import { useMessages } from '../i18n/I18nProvider';
import { LanguageSwitch } from './LanguageSwitch';

export function SiteHeader() {
  const m = useMessages();
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <a className="site-header__brand" href="/">
          <span className="site-header__org">{m.siteName}</span>
          <span className="site-header__portal">{m.portalName}</span>
        </a>
        <LanguageSwitch />
      </div>
    </header>
  );
}
