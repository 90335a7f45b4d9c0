import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Cell,
  DEFAULT_THRESHOLD,
  isSmall,
  type SuppressedTable,
  suppressList,
  suppressTable,
  type TableOptions,
} from './suppression.js';

const ALL: TableOptions = { threshold: 5, rowTotals: true, columnTotals: true, grandTotal: true };
const sum = (ns: readonly number[]) => ns.reduce((s, n) => s + n, 0);

/** The table extended by its margins: row totals as a last column, column totals as a last row. */
function extendedCounts(original: readonly (readonly number[])[]): number[][] {
  const E = original.map((row) => [...row, sum(row)]);
  const C = original[0]?.length ?? 0;
  E.push(Array.from({ length: C + 1 }, (_, j) => sum(E.map((row) => row[j]!))));
  return E;
}
function extendedPublished(t: SuppressedTable): Cell[][] {
  return [...t.cells.map((row, i) => [...row, t.rowTotals[i] ?? null]), [...t.columnTotals, t.grandTotal]];
}

/**
 * The lines of a published table that give a suppressed figure back by one subtraction: a line
 * whose total is published with exactly one suppressed figure in it, or a suppressed total whose
 * line is published in full (it is the sum of the line). Also checks every published figure
 * against the original. Empty when nothing is recoverable this way.
 */
function recoverable(
  result: SuppressedTable,
  original: readonly (readonly number[])[],
  options: TableOptions = ALL,
): string[] {
  const R = original.length;
  const C = original[0]?.length ?? 0;
  const shown = extendedPublished(result);
  const counted = extendedCounts(original);
  shown.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v !== null) expect(v, `published figure at ${i},${j}`).toBe(counted[i]![j]);
    });
  });
  // each line: its figures and its total, when that total is one the options publish
  const lines: [string, Cell[], Cell, number][] = [];
  if (options.rowTotals)
    for (let i = 0; i < R; i++)
      lines.push([`row ${i}`, shown[i]!.slice(0, C), shown[i]![C]!, counted[i]![C]!]);
  if (options.columnTotals)
    for (let j = 0; j < C; j++)
      lines.push([`column ${j}`, shown.slice(0, R).map((r) => r[j]!), shown[R]![j]!, counted[R]![j]!]);
  if (options.grandTotal) {
    const grand: [Cell, number] = [shown[R]![C]!, counted[R]![C]!];
    if (options.rowTotals) lines.push(['row totals', shown.slice(0, R).map((r) => r[C]!), ...grand]);
    if (options.columnTotals) lines.push(['column totals', shown[R]!.slice(0, C), ...grand]);
    if (!options.rowTotals && !options.columnTotals)
      lines.push(['all cells', shown.slice(0, R).flatMap((r) => r.slice(0, C)), ...grand]);
  }
  const found: string[] = [];
  for (const [name, figures, total, counted] of lines) {
    const hidden = figures.filter((v) => v === null).length;
    if (total !== null && hidden === 1) found.push(`${name}: one suppressed figure beside a published total`);
    if (total === null && hidden === 0 && sum(figures as number[]) === counted)
      found.push(`${name}: a suppressed total that is the sum of its published line`);
  }
  return found;
}

const P = 1_000_003;
const mod = (n: number) => ((n % P) + P) % P;
function inverse(a: number): number {
  let [r0, r1, s0, s1] = [P, mod(a), 0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0);
}
/** Rank modulo a prime: equal to the rank over the rationals for these 0/±1 (unimodular) systems. */
function rank(matrix: readonly (readonly number[])[]): number {
  const m = matrix.map((row) => row.map(mod));
  const width = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < width && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && row[c] !== 0);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    const inv = inverse(m[r]![c]!);
    for (let i = 0; i < m.length; i++) {
      if (i === r || m[i]![c] === 0) continue;
      const f = (m[i]![c]! * inv) % P;
      for (let k = c; k < width; k++) m[i]![k] = mod(m[i]![k]! - f * m[r]![k]!);
    }
    r += 1;
  }
  return r;
}

/**
 * Independent of the algorithm: the figures not shown that the published ones pin down exactly,
 * by any combination of the table's sums (every row and column of the extended table adds up).
 * A figure is pinned down when its unit vector lies in the row space of those equations restricted
 * to the unknowns. Only protected figures are reported: suppressed ones, and margins not
 * published whose value is small (a total left out is harmless only when it is not small).
 */
function determined(
  result: SuppressedTable,
  original: readonly (readonly number[])[],
  options: TableOptions = ALL,
): string[] {
  const shown = extendedPublished(result);
  const counted = extendedCounts(original);
  const R = original.length;
  const C = original[0]?.length ?? 0;
  const unknowns: [number, number][] = [];
  shown.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v === null) unknowns.push([i, j]);
    });
  });
  const index = new Map(unknowns.map(([i, j], k) => [`${i},${j}`, k]));
  const equations: number[][] = [];
  const equation = (entries: [number, number][]) => {
    const eq = new Array<number>(unknowns.length).fill(0);
    entries.forEach(([i, j], k) => {
      const u = index.get(`${i},${j}`);
      if (u !== undefined) eq[u] = k === entries.length - 1 ? -1 : 1;
    });
    equations.push(eq);
  };
  for (let i = 0; i <= R; i++) equation(Array.from({ length: C + 1 }, (_, j): [number, number] => [i, j]));
  for (let j = 0; j <= C; j++) equation(Array.from({ length: R + 1 }, (_, i): [number, number] => [i, j]));
  const base = rank(equations);
  const publishedByOption = (i: number, j: number) =>
    (i < R && j < C) || (i < R ? options.rowTotals : j < C ? options.columnTotals : options.grandTotal);
  const isProtected = ([i, j]: [number, number]) =>
    publishedByOption(i, j) || isSmall(counted[i]![j]!, options.threshold, options);
  const pinnedDown = (k: number) => rank([...equations, unknowns.map((_, l) => (l === k ? 1 : 0))]) === base;
  return unknowns.filter((u, k) => isProtected(u) && pinnedDown(k)).map(([i, j]) => `${i},${j}`);
}

describe('isSmall: no published count below the threshold; a true zero reveals nobody', () => {
  it.each<[number, number, boolean, boolean]>([
    [0, 5, false, false],
    [0, 5, true, true],
    [1, 5, false, true],
    [4, 5, false, true],
    [5, 5, false, false],
    [6, 5, true, false],
    [1, 1, false, false],
    [2, 3, false, true],
  ])('%s with threshold %s (suppressZero %s) → %s', (n, threshold, suppressZero, small) => {
    expect(isSmall(n, threshold, { suppressZero })).toBe(small);
  });
  it('has 5 as the default threshold', () => {
    expect(DEFAULT_THRESHOLD).toBe(5);
  });
});

describe('suppressList: a breakdown with its total', () => {
  it.each<[string, number[], boolean, Cell[], Cell]>([
    ['nothing small', [40, 12, 9], true, [40, 12, 9], 61],
    ['one small: the smallest other non-zero goes too', [40, 12, 3], true, [40, null, null], 55],
    ['one small, ties: the first', [9, 40, 9, 3], true, [null, 40, 9, null], 61],
    ['one small: zeros are not complements', [0, 40, 3, 0, 12], true, [0, 40, null, 0, null], 55],
    ['two small: enough', [40, 2, 3], true, [40, null, null], 45],
    ['a small total: the total and all, zeros too', [1, 2, 0], true, [null, null, null], null],
    ['one non-zero and small: everything', [0, 0, 3], true, [null, null, null], null],
    ['no total published: only the small ones', [40, 12, 3], false, [40, 12, null], null],
    ['no total published, small sum: only the small ones', [0, 1, 2], false, [0, null, null], null],
    ['nothing to break down', [], true, [], 0],
    ['all zero', [0, 0], true, [0, 0], 0],
  ])('%s', (_label, counts, publish, cells, total) => {
    expect(suppressList(counts, { publish }, 5)).toEqual({ cells, total });
  });

  it.each<[string, number[], Cell[], Cell]>([
    ['zeros are small: a lone zero gets a complement', [0, 40, 12], [null, 40, null], 52],
    ['two zeros protect each other', [0, 40, 0, 12], [null, 40, null, 12], 52],
    ['a zero total is small', [0, 0], [null, null], null],
  ])('suppressZero: %s', (_label, counts, cells, total) => {
    expect(suppressList(counts, { publish: true }, 5, { suppressZero: true })).toEqual({ cells, total });
  });

  it('uses the threshold given, and 5 by default', () => {
    expect(suppressList([40, 12, 7], { publish: true }, 10)).toEqual({ cells: [40, null, null], total: 59 });
    expect(suppressList([40, 12, 4], { publish: true })).toEqual({ cells: [40, null, null], total: 56 });
  });

  it('refuses counts that are not counts', () => {
    expect(() => suppressList([1.5], { publish: true }, 5)).toThrow(RangeError);
    expect(() => suppressList([-1], { publish: true }, 5)).toThrow(RangeError);
    expect(() => suppressList([1], { publish: true }, 0)).toThrow(RangeError);
  });

  it('is a one-row table with its row total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })), { maxLength: 8 }),
        fc.integer({ min: 1, max: 8 }),
        fc.boolean(),
        (counts, threshold, suppressZero) => {
          const list = suppressList(counts, { publish: true }, threshold, { suppressZero });
          const table = suppressTable([counts], {
            threshold,
            suppressZero,
            rowTotals: true,
            columnTotals: false,
            grandTotal: false,
          });
          expect(list).toEqual({ cells: table.cells[0], total: table.rowTotals[0] });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('suppressTable: a table with its margins', () => {
  it('publishes a table without small figures as it is', () => {
    expect(
      suppressTable(
        [
          [10, 20],
          [30, 40],
        ],
        ALL,
      ),
    ).toEqual({
      cells: [
        [10, 20],
        [30, 40],
      ],
      rowTotals: [30, 70],
      columnTotals: [40, 60],
      grandTotal: 100,
    });
  });

  it('protects a small cell in its row and column, and each complement in turn, until every line holds', () => {
    const table = [
      [3, 20, 12],
      [30, 40, 50],
      [8, 9, 60],
    ];
    const t = suppressTable(table, ALL);
    // 3 is small; row 0 gives up 12, column 0 gives up 8; then column 2 gives up 50, row 2 gives
    // up 9; then row 1 gives up 30 (for 50) and column 1 gives up 20 (for 9)
    expect(t).toEqual({
      cells: [
        [null, null, null],
        [null, 40, null],
        [null, null, 60],
      ],
      rowTotals: [35, 120, 77],
      columnTotals: [41, 69, 122],
      grandTotal: 232,
    });
    expect(recoverable(t, table)).toEqual([]);
    expect(determined(t, table)).toEqual([]);
  });

  it('suppresses a small row total with its whole row, zeros too, and protects the row in the columns', () => {
    const table = [
      [2, 1, 0],
      [30, 40, 50],
    ];
    const t = suppressTable(table, ALL);
    // each column then has one unknown: its other cell goes; the row totals line likewise
    expect(t).toEqual({
      cells: [
        [null, null, null],
        [null, null, null],
      ],
      rowTotals: [null, null],
      columnTotals: [32, 41, 50],
      grandTotal: 123,
    });
    expect(recoverable(t, table)).toEqual([]);
    expect(determined(t, table)).toEqual([]);
  });

  it('suppresses everything when even the grand total is small', () => {
    const table = [
      [1, 0],
      [0, 2],
    ];
    expect(suppressTable(table, ALL)).toEqual({
      cells: [
        [null, null],
        [null, null],
      ],
      rowTotals: [null, null],
      columnTotals: [null, null],
      grandTotal: null,
    });
  });

  it('keeps zeros: a true zero singles out nobody', () => {
    expect(suppressTable([[0, 0, 12]], ALL)).toEqual({
      cells: [[0, 0, 12]],
      rowTotals: [12],
      columnTotals: [0, 0, 12],
      grandTotal: 12,
    });
  });

  it('suppresses zeros too when asked', () => {
    expect(suppressTable([[0, 0, 12]], { ...ALL, suppressZero: true })).toEqual({
      cells: [[null, null, 12]],
      rowTotals: [12],
      columnTotals: [null, null, 12],
      grandTotal: 12,
    });
  });

  it('protects a small cell against the grand total alone when no other total is published', () => {
    const options = { ...ALL, rowTotals: false, columnTotals: false };
    const t = suppressTable([[3, 20]], options);
    expect(t).toEqual({
      cells: [[null, null]],
      rowTotals: [null],
      columnTotals: [null, null],
      grandTotal: 23,
    });
    expect(determined(t, [[3, 20]], options)).toEqual([]);
  });

  it('protects a small total that is not published when the others would give it away', () => {
    const options = { ...ALL, rowTotals: false, columnTotals: false };
    const table = [[3], [20]];
    const t = suppressTable(table, options);
    // the grand total minus 20 would be the first row's total, 3: 20 goes
    expect(t).toEqual({
      cells: [[null], [null]],
      rowTotals: [null, null],
      columnTotals: [null],
      grandTotal: 23,
    });
    expect(determined(t, table, options)).toEqual([]);
  });

  it('leaves out the totals not asked for', () => {
    const options = { ...ALL, rowTotals: false };
    const table = [
      [3, 0],
      [10, 20],
    ];
    const t = suppressTable(table, options);
    expect(t).toEqual({
      cells: [
        [null, 0],
        [null, 20],
      ],
      rowTotals: [null, null],
      columnTotals: [13, 20],
      grandTotal: 33,
    });
    expect(recoverable(t, table, options)).toEqual([]);
    expect(determined(t, table, options)).toEqual([]);
  });

  describe('a figure given back by a combination of lines', () => {
    // two blocks of small cells joined by one small cell, (1,2): every line has two or more
    // suppressed cells, yet rows 0 + 1 minus columns 0 + 1 leave exactly that cell
    const table = [
      [1, 2, 20, 20, 50],
      [3, 4, 1, 20, 50],
      [20, 20, 1, 2, 50],
      [20, 20, 3, 4, 50],
      [50, 50, 50, 50, 50],
    ];

    it('is caught by the rank check that the line check misses', () => {
      const lineRuleOnly: SuppressedTable = {
        cells: table.map((row) => row.map((n) => (isSmall(n, 5) ? null : n))),
        rowTotals: table.map(sum),
        columnTotals: table[0]!.map((_, j) => sum(table.map((r) => r[j]!))),
        grandTotal: sum(table.flat()),
      };
      expect(recoverable(lineRuleOnly, table)).toEqual([]);
      expect(determined(lineRuleOnly, table)).toEqual(['1,2']);
    });

    it('gets one more suppression that closes a cycle through it', () => {
      const t = suppressTable(table, ALL);
      expect(t.cells).toEqual([
        [null, null, null, 20, 50],
        [null, null, null, 20, 50],
        [20, 20, null, null, 50],
        [20, 20, null, null, 50],
        [50, 50, 50, 50, 50],
      ]);
      expect(t.rowTotals).toEqual([93, 78, 93, 97, 250]);
      expect(t.grandTotal).toBe(611);
      expect(determined(t, table)).toEqual([]);
    });
  });

  it('refuses a ragged table', () => {
    expect(() => suppressTable([[1, 2], [3]], ALL)).toThrow(RangeError);
  });

  it('answers an empty table with a zero grand total', () => {
    expect(suppressTable([], ALL)).toEqual({ cells: [], rowTotals: [], columnTotals: [], grandTotal: 0 });
  });

  const tables = fc.integer({ min: 1, max: 6 }).chain((rows) =>
    fc.integer({ min: 1, max: 8 }).chain((cols) =>
      fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 6 })), {
          minLength: cols,
          maxLength: cols,
        }),
        { minLength: rows, maxLength: rows },
      ),
    ),
  );

  /** The published figures of a result, each with its original count. */
  const figures = (t: SuppressedTable, table: number[][]) => {
    const counted = extendedCounts(table);
    return extendedPublished(t).flatMap((row, i) => row.map((v, j): [Cell, number] => [v, counted[i]![j]!]));
  };

  it('holds for any table (threshold 5, all totals): nothing small shown, shown figures true, nothing recoverable', () => {
    fc.assert(
      fc.property(tables, (table) => {
        const t = suppressTable(table, ALL);
        const shown = figures(t, table).filter(([v]) => v !== null);
        // (a) nothing small published, (b) what is published is the count
        expect(shown.filter(([v]) => isSmall(v!, 5))).toEqual([]);
        expect(shown.filter(([v, n]) => v !== n)).toEqual([]);
        // (c) no line with a published total has exactly one suppressed cell, (d) no suppressed
        // total has its line published in full
        expect(recoverable(t, table)).toEqual([]);
        // and no combination of lines gives a suppressed figure back
        expect(determined(t, table)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('holds for any table under any options', () => {
    const options = fc.record({
      threshold: fc.integer({ min: 1, max: 8 }),
      rowTotals: fc.boolean(),
      columnTotals: fc.boolean(),
      grandTotal: fc.boolean(),
      suppressZero: fc.boolean(),
    });
    fc.assert(
      fc.property(tables, options, (table, o) => {
        const t = suppressTable(table, o);
        const shown = figures(t, table).filter(([v]) => v !== null);
        expect(shown.filter(([v]) => isSmall(v!, o.threshold, o))).toEqual([]);
        expect(recoverable(t, table, o)).toEqual([]);
        expect(determined(t, table, o)).toEqual([]);
        // a total not asked for is never shown
        if (!o.rowTotals) expect(t.rowTotals.every((v) => v === null)).toBe(true);
        if (!o.columnTotals) expect(t.columnTotals.every((v) => v === null)).toBe(true);
        if (!o.grandTotal) expect(t.grandTotal).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(tables, (table) => {
        expect(suppressTable(table, ALL)).toEqual(suppressTable(table, ALL));
      }),
      { numRuns: 100 },
    );
  });
});
