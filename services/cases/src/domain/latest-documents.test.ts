import { describe, expect, it } from 'vitest';
import { checkLatestCount, chooseLatest, MAX_LATEST_DOCUMENTS } from './latest-documents.js';

const doc = (id: string, caseId: string) => ({ id, caseId });

describe('checkLatestCount', () => {
  it.each([1, 5, MAX_LATEST_DOCUMENTS])('takes %i', (n) => {
    expect(checkLatestCount(n)).toEqual({ ok: true, value: n });
  });
  it.each([0, -1, MAX_LATEST_DOCUMENTS + 1, 2.5, Number.NaN])('refuses %d as BAD_USER_INPUT', (n) => {
    expect(checkLatestCount(n)).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
  });
});

describe('chooseLatest', () => {
  const allowed =
    (...ids: string[]) =>
    (caseId: string) =>
      ids.includes(caseId);

  it('is complete when every candidate may be shown, in the store’s order', () => {
    const round = chooseLatest([doc('d1', 'a'), doc('d2', 'b'), doc('d3', 'a')], 3, allowed('a', 'b'));
    expect(round).toEqual({
      shown: [doc('d1', 'a'), doc('d2', 'b'), doc('d3', 'a')],
      refused: [],
      complete: true,
    });
  });

  it('drops documents of refused cases and asks again without them when the round was full', () => {
    const round = chooseLatest([doc('d1', 'x'), doc('d2', 'a'), doc('d3', 'x')], 3, allowed('a'));
    expect(round).toEqual({ shown: [doc('d2', 'a')], refused: ['x'], complete: false });
  });

  it('is complete when the store had no more (fewer than asked), refused ones dropped', () => {
    const round = chooseLatest([doc('d1', 'x'), doc('d2', 'a')], 3, allowed('a'));
    expect(round).toEqual({ shown: [doc('d2', 'a')], refused: ['x'], complete: true });
  });

  it('never shows more than asked, nor anything of a refused case', () => {
    const candidates = [doc('d1', 'a'), doc('d2', 'y'), doc('d3', 'b'), doc('d4', 'a')];
    const round = chooseLatest(candidates, 2, allowed('a', 'b'));
    expect(round.shown.map((d) => d.id)).toEqual(['d1', 'd3']);
    expect(round.shown.some((d) => d.caseId === 'y')).toBe(false);
    expect(round.complete).toBe(false);
  });
});
