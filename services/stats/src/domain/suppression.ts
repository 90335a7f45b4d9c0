/**
 * Small-cell suppression: the body publishes figures about its cases so that no figure can single
 * out a person. No published count is below the threshold (1 … threshold − 1; a true zero reveals
 * nobody and is published), and no published margin lets a suppressed figure be worked out by
 * subtraction: every line of a table whose total is published has either no suppressed entry or
 * at least two (complementary suppression). This is the standard rule for two-way tables with
 * margins; it is applied to fixed tables (a calendar year), never to sums chosen by the asker.
 */
export const DEFAULT_THRESHOLD = 5;

/** A published figure, or null when suppressed. */
export type Cell = number | null;

export function isSmall(count: number, threshold: number): boolean {
  return count > 0 && count < threshold;
}

export type TableOptions = {
  threshold: number;
  /** Publish each row's total (then each row is an equation: its cells sum to it). */
  rowTotals: boolean;
  /** Publish each column's total. */
  columnTotals: boolean;
  /** Publish the grand total (an equation over the row totals and over the column totals). */
  grandTotal: boolean;
};

export type SuppressedTable = {
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  grandTotal: Cell;
};

/**
 * Suppresses a table of counts with its margins. Works on the table extended by its margins
 * (row totals as a last column, column totals as a last row, the grand total in the corner):
 * 1. primary: every small entry, and every margin not to be published;
 * 2. complementary, until nothing changes: in every line that is an equation (a row when row
 *    totals are published, a column when column totals are, the margin row and column when the
 *    grand total is) with exactly one suppressed entry, suppress also the smallest non-zero entry
 *    still shown (ties: the first). A margin may be that entry.
 */
export function suppressTable(rows: readonly (readonly number[])[], options: TableOptions): SuppressedTable {
  const R = rows.length;
  const C = R > 0 ? rows[0]!.length : 0;
  // the extended table E: (R + 1) × (C + 1)
  const E: number[][] = rows.map((r) => [...r, r.reduce((s, n) => s + n, 0)]);
  const totalsRow = Array.from({ length: C + 1 }, (_, j) => E.reduce((s, r) => s + r[j]!, 0));
  E.push(totalsRow);
  const published = (i: number, j: number) =>
    i < R && j < C ? true : i < R ? options.rowTotals : j < C ? options.columnTotals : options.grandTotal;
  const sup: boolean[][] = E.map((row, i) =>
    row.map((n, j) => !published(i, j) || isSmall(n, options.threshold)),
  );

  // the equations: lists of positions whose values are tied by a published total
  const lines: [number, number][][] = [];
  if (options.rowTotals)
    for (let i = 0; i < R; i++) lines.push(Array.from({ length: C + 1 }, (_, j) => [i, j]));
  if (options.columnTotals)
    for (let j = 0; j < C; j++) lines.push(Array.from({ length: R + 1 }, (_, i) => [i, j]));
  if (options.grandTotal && options.columnTotals) lines.push(Array.from({ length: C + 1 }, (_, j) => [R, j]));
  if (options.grandTotal && options.rowTotals) lines.push(Array.from({ length: R + 1 }, (_, i) => [i, C]));

  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      if (line.filter(([i, j]) => sup[i]![j]).length !== 1) continue;
      let best: [number, number] | null = null;
      for (const [i, j] of line) {
        const n = E[i]![j]!;
        if (sup[i]![j] || n === 0) continue;
        if (!best || n < E[best[0]]![best[1]]!) best = [i, j];
      }
      if (best) {
        sup[best[0]]![best[1]] = true;
        changed = true;
      }
    }
  }
  const cell = (i: number, j: number): Cell => (sup[i]![j] ? null : E[i]![j]!);
  return {
    cells: Array.from({ length: R }, (_, i) => Array.from({ length: C }, (_, j) => cell(i, j))),
    rowTotals: Array.from({ length: R }, (_, i) => cell(i, C)),
    columnTotals: Array.from({ length: C }, (_, j) => cell(R, j)),
    grandTotal: cell(R, C),
  };
}

/**
 * A one-way breakdown (outcomes of the year's decisions, court cases by status) with its total:
 * the same rules as a table of one row. Without a published total the small counts alone are
 * suppressed.
 */
export function suppressList(
  counts: readonly number[],
  total: { publish: boolean },
  threshold: number,
): { cells: Cell[]; total: Cell } {
  const table = suppressTable([counts], {
    threshold,
    rowTotals: total.publish,
    columnTotals: false,
    grandTotal: false,
  });
  return { cells: table.cells[0] ?? [], total: table.rowTotals[0] ?? null };
}
