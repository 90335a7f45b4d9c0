/**
 * Small-cell suppression. The body publishes figures about its cases only so that no figure can
 * single out a person:
 *
 * > No published count is below the threshold, and no combination of published figures lets
 * > anyone recover a suppressed one.
 *
 * A suppressed figure is published as `null`. The rules here are applied to fixed tables (a
 * calendar year of case types × months, the outcomes of a year's decisions), never to sums chosen
 * by whoever asks: two overlapping answers could otherwise be subtracted from each other.
 *
 * What "recover" covers: exact recovery by adding and subtracting published figures (the totals
 * tie the cells of a line together). It does not promise how wide the range is within which a
 * suppressed count can be bounded, knowing that counts are never negative.
 */
export const DEFAULT_THRESHOLD = 5;

/** A published figure, or null when it is not published (suppressed, or a total not asked for). */
export type Cell = number | null;

export type SmallCellOptions = {
  /**
   * Treat a zero as small too. Off by default: a true zero counts nobody, so it singles out
   * nobody, and publishing zeros keeps far more of a table. Turn it on for a breakdown where
   * "nobody here" would itself tell something about the people counted elsewhere.
   */
  suppressZero?: boolean;
};

/**
 * "No published count below the threshold": a count is small when 1 ≤ count < threshold.
 * Zero is not small (a true zero reveals nobody) unless `suppressZero` is set.
 */
export function isSmall(count: number, threshold: number, options: SmallCellOptions = {}): boolean {
  if (count === 0) return options.suppressZero === true;
  return count > 0 && count < threshold;
}

export type SuppressedList = { cells: Cell[]; total: Cell };

/**
 * A one-way breakdown with its total (the outcomes of a year's decisions, court cases by status):
 * 1. primary: every small count is suppressed;
 * 2. if the total is published and is itself small, the total and ALL the counts are suppressed,
 *    zeros included: beside a hidden small total, the zeros would tell which few categories the
 *    handful of people are in (with one non-zero count: that all of them share it);
 * 3. if the total is published and exactly one count is suppressed, the total minus the others
 *    would give it back: the smallest other non-zero count is suppressed too (ties: the first);
 *    with no such count, the total is suppressed instead.
 * Without a published total (`total: null`), the small counts alone are suppressed: nothing
 * ties the rest together.
 */
export function suppressList(
  counts: readonly number[],
  total: { publish: boolean },
  threshold: number = DEFAULT_THRESHOLD,
  options: SmallCellOptions = {},
): SuppressedList {
  assertThreshold(threshold);
  counts.forEach(assertCount);
  const small = (n: number) => isSmall(n, threshold, options);
  const cells: Cell[] = counts.map((n) => (small(n) ? null : n));
  if (!total.publish) return { cells, total: null };

  const sum = counts.reduce((s, n) => s + n, 0);
  if (small(sum)) return { cells: counts.map(() => null), total: null };

  if (cells.filter((c) => c === null).length !== 1) return { cells, total: sum };
  let complement = -1;
  cells.forEach((c, i) => {
    if (c !== null && c > 0 && (complement < 0 || c < cells[complement]!)) complement = i;
  });
  if (complement < 0) return { cells, total: null };
  cells[complement] = null;
  return { cells, total: sum };
}

export type TableOptions = SmallCellOptions & {
  /** Counts 1 … threshold − 1 are small (DEFAULT_THRESHOLD unless configured otherwise). */
  threshold: number;
  /** Publish each row's total (then each row is an equation: its cells sum to it). */
  rowTotals: boolean;
  /** Publish each column's total. */
  columnTotals: boolean;
  /** Publish the grand total (the sum of all cells, of the row totals and of the column totals). */
  grandTotal: boolean;
};

export type SuppressedTable = {
  cells: Cell[][];
  /** One per row; all null when row totals are not published. */
  rowTotals: Cell[];
  /** One per column; all null when column totals are not published. */
  columnTotals: Cell[];
  grandTotal: Cell;
};

/** A position in the extended table (see suppressTable): row, column. */
type Pos = readonly [number, number];
type State = 'shown' | 'suppressed' | 'unpublished';

/**
 * Suppresses a two-way table of counts (e.g. case types × months) with its margins.
 *
 * It works on the extended table E: the cells, the row totals as an extra last column, the column
 * totals as an extra last row and the grand total in the corner. Each row and each column of E
 * is a "line": its entries sum to its last entry, the line's margin. (The last column of E is the
 * row totals with the grand total as margin; the last row likewise for the column totals.) Anyone
 * reading the table knows every line adds up, whether or not each figure is shown. An "unknown"
 * is an entry not shown: suppressed here, or a margin not published at all.
 *
 * 1. Primary: every small cell, and every small margin that is published. A small margin also
 *    suppresses every entry of its line, zeros included (see suppressList for why) — hiding the
 *    margin alone is pointless while its line shows every cell, as the cells add up to it.
 * 2. Complementary, in lines, until nothing changes (rows, then columns, then the two lines of
 *    margins): a line whose only unknown is a protected entry (suppressed, or an unpublished
 *    margin that is small) would give it back by subtraction, so one more of its shown entries is
 *    suppressed: the smallest non-zero cell (ties: the first); with none, the margin; with
 *    neither, a zero cell. A margin suppressed this way is then itself checked in its own line
 *    with the grand total, and its line must not show all its cells.
 * 3. Complementary, across lines: the line rule alone can still leave a suppressed entry that a
 *    combination of lines gives back — e.g. two blocks of suppressed cells joined by one cell,
 *    which is the sum of two rows minus the sum of two columns. Exactly these are the entries
 *    that lie on no cycle of unknowns (a path alternating between a row and a column of E through
 *    unknown entries that comes back to its start): any other can be shifted up and down around
 *    its cycle without changing a total. So for the first protected entry on no cycle (row-major
 *    order) one shown entry is suppressed to close a cycle through it: among those joining the
 *    two sides it separates, the smallest non-zero cell (then margins, then zeros; ties:
 *    row-major). Then back to 2.
 * Every step only adds suppressions, so it ends; the order is fixed, so the result is the same
 * for the same table.
 */
export function suppressTable(rows: readonly (readonly number[])[], options: TableOptions): SuppressedTable {
  const { threshold } = options;
  assertThreshold(threshold);
  const R = rows.length;
  const C = R > 0 ? rows[0]!.length : 0;
  for (const row of rows) {
    if (row.length !== C) throw new RangeError('suppressTable: every row needs the same number of cells');
    row.forEach(assertCount);
  }
  const small = (n: number) => isSmall(n, threshold, options);

  // the extended table E: (R + 1) × (C + 1)
  const E: number[][] = rows.map((row) => [...row, row.reduce((s, n) => s + n, 0)]);
  E.push(Array.from({ length: C + 1 }, (_, j) => E.reduce((s, row) => s + row[j]!, 0)));
  const isMargin = (i: number, j: number) => i === R || j === C;
  const publishedByOption = (i: number, j: number) =>
    !isMargin(i, j) || (i < R ? options.rowTotals : j < C ? options.columnTotals : options.grandTotal);
  const state: State[][] = E.map((row, i) =>
    row.map((_, j) => (publishedByOption(i, j) ? 'shown' : 'unpublished')),
  );
  const value = ([i, j]: Pos) => E[i]![j]!;
  const shown = ([i, j]: Pos) => state[i]![j] === 'shown';
  /** An unknown that must stay unknown: suppressed, or unpublished and small. */
  const isProtected = ([i, j]: Pos) =>
    state[i]![j] === 'suppressed' || (state[i]![j] === 'unpublished' && small(E[i]![j]!));
  const suppress = ([i, j]: Pos) => {
    if (state[i]![j] === 'shown') state[i]![j] = 'suppressed';
  };

  // the lines of E, each with its margin last: rows of cells, columns of cells, then the column
  // totals (row R) and the row totals (column C), each with the grand total as margin
  const rowOfE = (i: number) => Array.from({ length: C + 1 }, (_, j): Pos => [i, j]);
  const columnOfE = (j: number) => Array.from({ length: R + 1 }, (_, i): Pos => [i, j]);
  const lines: Pos[][] = [
    ...Array.from({ length: R }, (_, i) => rowOfE(i)),
    ...Array.from({ length: C }, (_, j) => columnOfE(j)),
    rowOfE(R),
    columnOfE(C),
  ];

  // 1. primary suppression
  for (let i = 0; i < R; i++) for (let j = 0; j < C; j++) if (small(E[i]![j]!)) suppress([i, j]);
  for (const line of lines) {
    const margin = line.at(-1)!;
    if (publishedByOption(...margin) && small(value(margin))) line.forEach(suppress);
  }

  /**
   * Which shown entry to give up when one more is needed: a non-zero one before a zero (a zero
   * protects little and hides nobody), a cell before a margin (the totals are what readers use
   * most), the smallest value, then the first by position in `among`.
   */
  const cheapest = (among: readonly Pos[]): Pos | undefined => {
    const key = (p: Pos) => [value(p) === 0 ? 1 : 0, isMargin(...p) ? 1 : 0, value(p)];
    let best: Pos | undefined;
    for (const p of among) {
      if (!shown(p)) continue;
      if (!best) best = p;
      else {
        const [a, b] = [key(p), key(best)];
        const cmp = a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
        if (cmp < 0) best = p;
      }
    }
    return best;
  };

  // 2. the line rule: one sweep; true when it suppressed something
  const sweepLines = (): boolean => {
    let changed = false;
    for (const line of lines) {
      const unknowns = line.filter((p) => !shown(p));
      if (unknowns.length !== 1 || !isProtected(unknowns[0]!)) continue;
      // ties go to the first in the line: the line's own margin, last, only after an equal entry
      const next = cheapest(line);
      if (next) {
        suppress(next);
        changed = true;
      }
    }
    return changed;
  };

  // 3. the cycle rule: vertices are E's rows (0..R) and columns (R+1..R+C+1), edges the unknowns
  const closeOneCycle = (): boolean => {
    const unknowns: Pos[] = [];
    for (let i = 0; i <= R; i++) for (let j = 0; j <= C; j++) if (!shown([i, j])) unknowns.push([i, j]);
    const adjacent: [number, Pos][][] = Array.from({ length: R + C + 2 }, () => []);
    for (const p of unknowns) {
      adjacent[p[0]]!.push([R + 1 + p[1], p]);
      adjacent[R + 1 + p[1]]!.push([p[0], p]);
    }
    /** The vertices reachable from `start` over unknowns other than `without`. */
    const reach = (start: number, without: Pos): Set<number> => {
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length) {
        for (const [v, p] of adjacent[queue.pop()!]!) {
          if (p === without || seen.has(v)) continue;
          seen.add(v);
          queue.push(v);
        }
      }
      return seen;
    };
    for (const e of unknowns) {
      if (!isProtected(e)) continue;
      const rowSide = reach(e[0], e);
      if (rowSide.has(R + 1 + e[1])) continue; // on a cycle: safe
      const columnSide = reach(R + 1 + e[1], e);
      // a shown entry joining the row's side to the column's side closes a cycle through e
      const joins = (i: number, j: number) =>
        (rowSide.has(i) && columnSide.has(R + 1 + j)) || (columnSide.has(i) && rowSide.has(R + 1 + j));
      const joining: Pos[] = [];
      for (let i = 0; i <= R; i++) for (let j = 0; j <= C; j++) if (joins(i, j)) joining.push([i, j]);
      const next = cheapest(joining);
      if (!next) continue; // cannot happen once the line rule is stable, for a table with cells
      suppress(next);
      return true;
    }
    return false;
  };

  // 2 and 3 until nothing changes
  let changed = true;
  while (changed) changed = sweepLines() || closeOneCycle();

  const cell = (i: number, j: number): Cell => (state[i]![j] === 'shown' ? E[i]![j]! : null);
  return {
    cells: Array.from({ length: R }, (_, i) => Array.from({ length: C }, (_, j) => cell(i, j))),
    rowTotals: Array.from({ length: R }, (_, i) => cell(i, C)),
    columnTotals: Array.from({ length: C }, (_, j) => cell(R, j)),
    grandTotal: cell(R, C),
  };
}

function assertThreshold(threshold: number): void {
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new RangeError(`suppression threshold must be a positive integer, got ${threshold}`);
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`a count must be a whole number ≥ 0, got ${n}`);
}
