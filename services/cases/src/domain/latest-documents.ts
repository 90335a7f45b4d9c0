import { err, ok, type Result } from '@klageportal/kit';

/**
 * "Nye dokumenter" on Mine saker: the newest documents on the cases the viewer (or whom they act
 * for) may open in Min side, newest first. A document is shown exactly when its case page would
 * show it: its case is one the viewer sees (mayViewCase) and that is available in Min side
 * (isAvailableInMinSide); nothing from a case they may not know of, nothing from an unavailable
 * one. At most MAX_LATEST_DOCUMENTS at a time: it is a short list, not a document archive.
 */
export const MAX_LATEST_DOCUMENTS = 20;

export function checkLatestCount(first: number): Result<number, 'BAD_USER_INPUT'> {
  return Number.isInteger(first) && first >= 1 && first <= MAX_LATEST_DOCUMENTS
    ? ok(first)
    : err('BAD_USER_INPUT', `first: 1–${MAX_LATEST_DOCUMENTS}`);
}

/**
 * One round of choosing from `candidates`: the newest `first` documents of the cases in the
 * viewer's scope, newest first (the store's answer). Those on cases `mayShow` refuses are dropped.
 * The round is `complete` when nothing was dropped or there were no more candidates (fewer than
 * `first`): then `shown` is the answer. Otherwise the caller asks again without the `refused`
 * cases, since older documents of allowed cases may now belong in the list.
 */
export function chooseLatest<T extends { caseId: string }>(
  candidates: readonly T[],
  first: number,
  mayShow: (caseId: string) => boolean,
): { shown: T[]; refused: string[]; complete: boolean } {
  const shown = candidates.filter((c) => mayShow(c.caseId));
  const refused = [...new Set(candidates.filter((c) => !mayShow(c.caseId)).map((c) => c.caseId))];
  return {
    shown: shown.slice(0, first),
    refused,
    complete: refused.length === 0 || candidates.length < first,
  };
}
