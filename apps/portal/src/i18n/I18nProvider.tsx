import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import { formatNumber } from './format';
import { type Language, resolveInitialLanguage, storageKey } from './languages';
import { type Messages, messages } from './messages';

interface I18nContextValue {
  language: Language;
  messages: Messages;
  setLanguage(language: Language): void;
  formatNumber(value: number): string;
}

const I18nContext = createContext<I18nContextValue | null>(null);

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null; // storage can be unavailable (privacy settings); the choice then lasts for the visit only
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // see readStoredLanguage
  }
}

/** Keeps an explicit `?lang=` in the address in step with the choice, so a reload shows the same language. */
function syncUrlLanguage(language: Language): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('lang') || url.searchParams.get('lang') === language) return;
  url.searchParams.set('lang', language);
  window.history.replaceState(window.history.state, '', url);
}

export function initialLanguage(): Language {
  return resolveInitialLanguage(window.location.search, readStoredLanguage());
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const current = messages[language];

  useLayoutEffect(() => {
    document.documentElement.lang = language;
    storeLanguage(language);
    syncUrlLanguage(language);
  }, [language]);

  const setLanguage = useCallback((next: Language) => setLanguageState(next), []);

  const value = useMemo<I18nContextValue>(
    () => ({
      language,
      messages: current,
      setLanguage,
      formatNumber: (n: number) => formatNumber(n, language),
    }),
    [language, current, setLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

export function useMessages(): Messages {
  return useI18n().messages;
}

/** Sets the document title: the page's own title (if any) followed by the site's. */
export function useDocumentTitle(pageTitle?: string): void {
  const siteTitle = useMessages().documentTitle;
  useLayoutEffect(() => {
    document.title = pageTitle ? `${pageTitle} – ${siteTitle}` : siteTitle;
  }, [pageTitle, siteTitle]);
}
