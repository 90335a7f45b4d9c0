// Cursor paging for long lists ("Vis flere"): pages are fetched from the server one at a time and
// appended; nothing ever asks for the whole list. A new search starts from the first page again.

export interface PageOf<T> {
  items: readonly T[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

export interface PagedList<T> {
  items: readonly T[];
  /** Pass as `after` for the next page; null before the first page and after the last. */
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
  /** Pages fetched so far. */
  pages: number;
}

export function emptyList<T>(): PagedList<T> {
  return { items: [], endCursor: null, hasNextPage: false, totalCount: 0, pages: 0 };
}

/** The list after the first page of a (new) search. */
export function firstPage<T>(page: PageOf<T>): PagedList<T> {
  return {
    items: [...page.items],
    endCursor: page.endCursor,
    hasNextPage: page.hasNextPage,
    totalCount: page.totalCount,
    pages: 1,
  };
}

/**
 * The list after the next page arrived. Items already shown are not repeated (a case that moved up
 * between two requests would otherwise show twice); `keyOf` says what makes an item the same.
 */
export function appendPage<T>(list: PagedList<T>, page: PageOf<T>, keyOf: (item: T) => string): PagedList<T> {
  const seen = new Set(list.items.map(keyOf));
  return {
    items: [...list.items, ...page.items.filter((item) => !seen.has(keyOf(item)))],
    endCursor: page.endCursor,
    hasNextPage: page.hasNextPage,
    totalCount: page.totalCount,
    pages: list.pages + 1,
  };
}

/** The cursor to ask for the next page with, or null when there is none. */
export function nextCursor(list: PagedList<unknown>): string | null {
  return list.hasNextPage ? list.endCursor : null;
}
