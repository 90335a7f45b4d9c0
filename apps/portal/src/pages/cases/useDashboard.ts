import { useCallback, useEffect, useRef, useState } from 'react';
import { emptyFilter } from '../../api/cases';
import { type DashboardResult, dashboardVariables, fetchDashboard } from '../../api/dashboard';
import { useI18n } from '../../i18n/I18nProvider';
import { toGraphQLLanguage } from '../../i18n/languages';

export type DashboardState =
  | { status: 'loading'; data?: undefined }
  | { status: 'error'; data?: undefined }
  | { status: 'success'; data: DashboardResult['data']; result: DashboardResult };

export type Dashboard = DashboardState & {
  retry(): void;
  /** Fetches again (e.g. after consenting), keeping the current data on screen; settles when done. */
  reload(): Promise<void>;
};

/**
 * Mine saker's first load in one request (the `Dashboard` operation): who is logged in, the first
 * page of their cases, the newest documents and the case types, in the current language. Asks
 * nothing while `enabled` is false (another page is shown); keeps the previous data on screen
 * while a new language or attempt loads.
 */
export function useDashboard(enabled: boolean): Dashboard {
  const { language } = useI18n();
  const [state, setState] = useState<DashboardState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const waiting = useRef<Array<() => void>>([]);

  useEffect(() => {
    void attempt; // a new attempt re-runs the effect
    if (!enabled) return;
    const controller = new AbortController();
    const settle = (next: DashboardState) => {
      if (controller.signal.aborted) return; // a newer request (which settles the waiters) replaced this one
      setState(next);
      for (const resolve of waiting.current.splice(0)) resolve();
    };
    setState((previous) => (previous.status === 'success' ? previous : { status: 'loading' }));
    fetchDashboard(dashboardVariables(toGraphQLLanguage(language), emptyFilter), controller.signal).then(
      (result) => settle({ status: 'success', data: result.data, result }),
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
