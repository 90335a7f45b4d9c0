import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { toGraphQLLanguage } from '../i18n/languages';
import { graphqlRequest } from './graphql';
import { START_PAGE_QUERY, type StartPageData, type StartPageVariables } from './startPage';

export type StartPageState =
  | { status: 'loading'; data?: undefined }
  | { status: 'error'; data?: undefined }
  | { status: 'success'; data: StartPageData };

/** Loads the start page for the current language; keeps showing the previous data while a new language loads. */
export function useStartPage(): StartPageState & { retry(): void } {
  const { language } = useI18n();
  const [state, setState] = useState<StartPageState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    void attempt; // a new attempt re-runs the effect
    const controller = new AbortController();
    setState((previous) => (previous.status === 'success' ? previous : { status: 'loading' }));
    graphqlRequest<StartPageData, StartPageVariables>(
      START_PAGE_QUERY,
      { language: toGraphQLLanguage(language) },
      controller.signal,
    ).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'success', data });
      },
      () => {
        if (!controller.signal.aborted) setState({ status: 'error' });
      },
    );
    return () => controller.abort();
  }, [language, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
