/** One cell of the statistics projection: a year and a case type. */
export type CaseTypeYear = { year: number; caseTypeCode: string; received: number; decided: number };

export type Statistics = {
  year: number;
  received: number;
  decided: number;
  byCaseType: { caseTypeCode: string; received: number; decided: number }[];
};

/**
 * A year's statistics from its projection rows: totals, and one line per case type, the
 * busiest first (ties by code, so the order is stable).
 */
export function summariseYear(year: number, rows: readonly CaseTypeYear[]): Statistics {
  const ofYear = rows.filter((r) => r.year === year);
  const byCaseType = ofYear
    .map(({ caseTypeCode, received, decided }) => ({ caseTypeCode, received, decided }))
    .sort((a, b) => b.received - a.received || a.caseTypeCode.localeCompare(b.caseTypeCode));
  return {
    year,
    received: ofYear.reduce((sum, r) => sum + r.received, 0),
    decided: ofYear.reduce((sum, r) => sum + r.decided, 0),
    byCaseType,
  };
}
