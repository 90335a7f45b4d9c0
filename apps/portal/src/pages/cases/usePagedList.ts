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

/** A first page loaded with other data in one request (Mine saker's `Dashboard`). */
export type LoadedFirstPage<T> = {
  status: 'loading' | 'error' | 'success';
  /** Set when `status` is success. */
  page: PageOf<T> | null;
  /** Loads it again (the whole request it came with). */
  retry(): void;
};

/**
 * A server-paged list: the first page whenever `query` (a key for the search and language) changes,
 * and the next page on `loadMore()`. A request replaced by a newer one is aborted and ignored.
 * With `loaded`, the first page is that one (and follows it) rather than asked with `load`; the
 * next pages are still `load`'s.
 */
export function usePagedList<T>(
  query: string,
  load: (after: string | null, signal: AbortSignal) => Promise<PageOf<T>>,
  keyOf: (item: T) => string,
  loaded?: LoadedFirstPage<T>,
): PagedListState<T> {
  const [status, setStatus] = useState<PagedListState<T>['status']>('loading');
  const [list, setList] = useState<PagedList<T>>(emptyList);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const more = useRef<AbortController | null>(null);

  const usesLoaded = loaded !== undefined;
  const loadedStatus = loaded?.status;
  const loadedPage = loaded?.page ?? null;

  useEffect(() => {
    void [query, attempt]; // a new search, language or attempt re-runs the effect
    if (usesLoaded) return;
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
  }, [query, attempt, usesLoaded]);

  useEffect(() => {
    if (!usesLoaded) return;
    more.current?.abort();
    more.current = null;
    setLoadingMore(false);
    setMoreFailed(false);
    if (loadedStatus === 'success' && loadedPage) {
      setList(firstPage(loadedPage));
      setStatus('success');
    } else {
      setStatus(loadedStatus === 'loading' ? 'loading' : 'error');
    }
  }, [usesLoaded, loadedStatus, loadedPage]);

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

  const retryLoaded = loaded?.retry;
  const retry = useCallback(() => (retryLoaded ? retryLoaded() : setAttempt((n) => n + 1)), [retryLoaded]);
  return { status, list, loadingMore, moreFailed, loadMore, retry };
}
