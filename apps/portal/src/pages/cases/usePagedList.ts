import { useCallback, useEffect, useRef, useState } from 'react';
import { appendPage, emptyList, firstPage, nextCursor, type PagedList, type PageOf } from './paging';

export type PagedListState<T> = {
  status: 'loading' | 'error' | 'success';
  list: PagedList<T>;
  /** A "show more" request is under way. */
  loadingMore: boolean;
  /** The last "show more" failed (the list so far stays). */
  moreFailed: boolean;
  loadMore(): void;
  retry(): void;
};

/**
 * A server-paged list: the first page whenever `query` (a key for the search and language) changes,
 * and the next page on `loadMore()`. A request replaced by a newer one is aborted and ignored.
 */
export function usePagedList<T>(
  query: string,
  load: (after: string | null, signal: AbortSignal) => Promise<PageOf<T>>,
  keyOf: (item: T) => string,
): PagedListState<T> {
  const [status, setStatus] = useState<PagedListState<T>['status']>('loading');
  const [list, setList] = useState<PagedList<T>>(emptyList);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const more = useRef<AbortController | null>(null);

  useEffect(() => {
    void [query, attempt]; // a new search, language or attempt re-runs the effect
    const controller = new AbortController();
    more.current?.abort();
    setStatus('loading');
    setLoadingMore(false);
    setMoreFailed(false);
    loadRef.current(null, controller.signal).then(
      (page) => {
        if (controller.signal.aborted) return;
        setList(firstPage(page));
        setStatus('success');
      },
      () => {
        if (!controller.signal.aborted) setStatus('error');
      },
    );
    return () => controller.abort();
  }, [query, attempt]);

  const loadMore = useCallback(() => {
    const after = nextCursor(list);
    if (after === null || more.current) return;
    const controller = new AbortController();
    more.current = controller;
    setLoadingMore(true);
    setMoreFailed(false);
    loadRef
      .current(after, controller.signal)
      .then(
        (page) => {
          if (!controller.signal.aborted) setList((current) => appendPage(current, page, keyOf));
        },
        () => {
          if (!controller.signal.aborted) setMoreFailed(true);
        },
      )
      .finally(() => {
        if (more.current === controller) {
          more.current = null;
          setLoadingMore(false);
        }
      });
  }, [list, keyOf]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { status, list, loadingMore, moreFailed, loadMore, retry };
}
