import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { toGraphQLLanguage } from '../i18n/languages';
import { graphqlRequest } from './graphql';
import { START_PAGE_QUERY, type StartPageData, type StartPageVariables } from './startPage';

export type StartPageState =
  | { status: 'loading'; data?: undefined }
  | { status: 'error'; data?: undefined }
  | { status: 'success'; data: StartPageData };

export type StartPage = StartPageState & {
  retry(): void;
  /** Fetches again (e.g. after a mutation), keeping the current data on screen; settles when done. */
  reload(): Promise<void>;
};

/**
 * Loads the start page for the current language; keeps showing the previous data while a new
 * language loads. Asks nothing while `enabled` is false (Mine saker loads the viewer with its own
 * data in one request).
 */
export function useStartPage(enabled = true): StartPage {
  const { language } = useI18n();
  const [state, setState] = useState<StartPageState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const waiting = useRef<Array<() => void>>([]);

  useEffect(() => {
    void attempt; // a new attempt re-runs the effect
    if (!enabled) return;
    const controller = new AbortController();
    const settle = (next: StartPageState) => {
      if (controller.signal.aborted) return; // a newer request (which settles the waiters) replaced this one
      setState(next);
      for (const resolve of waiting.current.splice(0)) resolve();
    };
    setState((previous) => (previous.status === 'success' ? previous : { status: 'loading' }));
    graphqlRequest<StartPageData, StartPageVariables>(
      START_PAGE_QUERY,
      { language: toGraphQLLanguage(language) },
      controller.signal,
    ).then(
      (data) => settle({ status: 'success', data }),
      () => settle({ status: 'error' }),
    );
    return () => controller.abort();
  }, [enabled, language, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const reload = useCallback(
    () =>
      new Promise<void>((resolve) => {
        waiting.current.push(resolve);
        setAttempt((n) => n + 1);
      }),
    [],
  );
  return { ...state, retry, reload };
}
