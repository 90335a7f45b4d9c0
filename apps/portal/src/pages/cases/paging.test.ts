import { describe, expect, it } from 'vitest';
import { appendPage, emptyList, firstPage, nextCursor } from './paging';

const page = (items: string[], endCursor: string | null, hasNextPage: boolean, totalCount = 60) => ({
  items,
  endCursor,
  hasNextPage,
  totalCount,
});

describe('cursor paging', () => {
  it('starts empty, with nothing to fetch next', () => {
    const list = emptyList<string>();
    expect(list.items).toEqual([]);
    expect(nextCursor(list)).toBeNull();
  });

  it('shows the first page and asks for the next with its end cursor', () => {
    const list = firstPage(page(['a', 'b'], 'c2', true));
    expect(list).toMatchObject({ items: ['a', 'b'], totalCount: 60, pages: 1 });
    expect(nextCursor(list)).toBe('c2');
  });

  it('appends the next page without repeating items, and stops after the last', () => {
    let list = firstPage(page(['a', 'b'], 'c2', true));
    list = appendPage(list, page(['b', 'c', 'd'], 'c4', true), (x) => x);
    expect(list.items).toEqual(['a', 'b', 'c', 'd']);
    expect(nextCursor(list)).toBe('c4');
    list = appendPage(list, page(['e'], 'c5', false, 5), (x) => x);
    expect(list).toMatchObject({ items: ['a', 'b', 'c', 'd', 'e'], totalCount: 5, pages: 3 });
    expect(nextCursor(list)).toBeNull();
  });

  it('a new search starts again from its first page', () => {
    const list = appendPage(firstPage(page(['a'], 'c1', true)), page(['b'], 'c2', true), (x) => x);
    expect(firstPage(page(['z'], null, false, 1))).toMatchObject({ items: ['z'], pages: 1 });
    expect(list.pages).toBe(2);
  });
});
