import { type ProcessingTimeSummary, summariseProcessingTime } from './processing-time.js';
import { type Cell, suppressList, suppressTable } from './suppression.js';

/** The outcomes and court statuses as the cases subgraph publishes them. */
export const OUTCOMES = ['UPHELD', 'REVERSED_IN_FULL', 'REVERSED_IN_PART', 'QUASHED', 'DISMISSED'] as const;
export const COURT_STATUSES_IN_COURT = ['PENDING_IN_COURT', 'JUDGMENT_NOT_FINAL', 'FINAL_JUDGMENT'] as const;

export type MonthlyFigures = {
  month: string;
  caseTypeCode: string;
  board: string;
  firstInstanceBodyCode: string;
  received: number;
  decided: number;
};

export type YearStatistics = {
  year: number;
  threshold: number;
  received: Cell;
  decided: Cell;
  months: { month: string; received: Cell; decided: Cell }[];
  byCaseType: {
    caseTypeCode: string;
    board: string;
    firstInstanceBodyCode: string;
    received: Cell;
    decided: Cell;
    processingTime: ProcessingTimeSummary;
  }[];
  byCaseTypeGroup: { group: string; received: Cell; decided: Cell }[];
  byFirstInstanceBody: { firstInstanceBodyCode: string; received: Cell; decided: Cell }[];
  outcomes: { outcome: string; count: Cell }[];
};

const monthsOf = (year: number) =>
  Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

/** A figure made only of published figures adds nothing to what is known: published; else not. */
export function publishedSum(cells: readonly Cell[]): Cell {
  return cells.some((c) => c === null) ? null : cells.reduce<number>((s, c) => s + (c as number), 0);
}

/**
 * A year's public statistics, every figure a cell of one of two fixed tables — case type × month
 * of the year, received and decided — each protected by small-cell suppression with its margins
 * (suppressTable). The same year always gives the same tables, whatever period is asked, so no
 * difference between two answers isolates a suppressed cell. Breakdowns by case-type group
 * (board) and first-instance body are sums of published type totals, null when any is suppressed;
 * outcomes are one list with the year's decided total; processing time is given per case type
 * only where that type's decided total is published and large enough.
 */
export function yearStatistics(input: {
  year: number;
  threshold: number;
  monthly: readonly MonthlyFigures[];
  outcomes: ReadonlyMap<string, number>;
  histograms: ReadonlyMap<string, ReadonlyMap<number, number>>;
}): YearStatistics {
  const { year, threshold } = input;
  const months = monthsOf(year);
  const types = new Map<string, { board: string; body: string }>();
  for (const r of input.monthly) types.set(r.caseTypeCode, { board: r.board, body: r.firstInstanceBodyCode });
  const codes = [...types.keys()].sort();
  const matrix = (field: 'received' | 'decided') =>
    codes.map((code) =>
      months.map((m) => input.monthly.find((r) => r.caseTypeCode === code && r.month === m)?.[field] ?? 0),
    );
  const options = { threshold, rowTotals: true, columnTotals: true, grandTotal: true };
  const received = suppressTable(matrix('received'), options);
  const decided = suppressTable(matrix('decided'), options);

  const byCaseType = codes.map((code, i) => ({
    caseTypeCode: code,
    board: types.get(code)!.board,
    firstInstanceBodyCode: types.get(code)!.body,
    received: received.rowTotals[i] ?? null,
    decided: decided.rowTotals[i] ?? null,
    processingTime:
      decided.rowTotals[i] === null
        ? summariseProcessingTime(new Map(), threshold)
        : summariseProcessingTime(input.histograms.get(code) ?? new Map(), threshold),
  }));
  const groupBy = (key: (t: (typeof byCaseType)[number]) => string) => {
    const groups = new Map<string, (typeof byCaseType)[number][]>();
    for (const t of byCaseType) groups.set(key(t), [...(groups.get(key(t)) ?? []), t]);
    return [...groups].sort(([a], [b]) => a.localeCompare(b));
  };
  const outcomeCounts = OUTCOMES.map((o) => input.outcomes.get(o) ?? 0);
  const outcomeList = suppressList(outcomeCounts, { publish: decided.grandTotal !== null }, threshold);
  return {
    year,
    threshold,
    received: received.grandTotal,
    decided: decided.grandTotal,
    months: months.map((month, j) => ({
      month,
      received: codes.length ? (received.columnTotals[j] ?? null) : 0,
      decided: codes.length ? (decided.columnTotals[j] ?? null) : 0,
    })),
    byCaseType,
    byCaseTypeGroup: groupBy((t) => t.board).map(([group, members]) => ({
      group,
      received: publishedSum(members.map((m) => m.received)),
      decided: publishedSum(members.map((m) => m.decided)),
    })),
    byFirstInstanceBody: groupBy((t) => t.firstInstanceBodyCode).map(([code, members]) => ({
      firstInstanceBodyCode: code,
      received: publishedSum(members.map((m) => m.received)),
      decided: publishedSum(members.map((m) => m.decided)),
    })),
    outcomes: OUTCOMES.map((outcome, i) => ({ outcome, count: outcomeList.cells[i] ?? null })),
  };
}

/** Cases in the courts now by status (patient-injury compensation), small counts suppressed. */
export function courtCases(counts: ReadonlyMap<string, number>, threshold: number) {
  const values = COURT_STATUSES_IN_COURT.map((s) => counts.get(s) ?? 0);
  const list = suppressList(values, { publish: true }, threshold);
  return {
    total: list.total,
    byStatus: COURT_STATUSES_IN_COURT.map((courtStatus, i) => ({
      courtStatus,
      count: list.cells[i] ?? null,
    })),
  };
}
