import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSmall, type SuppressedTable, suppressList, suppressTable } from './suppression.js';

const ALL = { threshold: 5, rowTotals: true, columnTotals: true, grandTotal: true };

/**
 * Whether a table lets a suppressed figure be worked out from one published total: a line tied by
 * a published total with exactly one suppressed entry (counting the total itself).
 */
function singleUnknownLines(t: SuppressedTable): string[] {
  const R = t.cells.length;
  const C = R ? t.cells[0]!.length : 0;
  const bad: string[] = [];
  for (let i = 0; i < R; i++) {
    const n = [...t.cells[i]!, t.rowTotals[i]].filter((v) => v === null).length;
    if (n === 1) bad.push(`row ${i}`);
  }
  for (let j = 0; j < C; j++) {
    const n = [...t.cells.map((r) => r[j]), t.columnTotals[j]].filter((v) => v === null).length;
    if (n === 1) bad.push(`column ${j}`);
  }
  if ([...t.columnTotals, t.grandTotal].filter((v) => v === null).length === 1) bad.push('column totals');
  if ([...t.rowTotals, t.grandTotal].filter((v) => v === null).length === 1) bad.push('row totals');
  return bad;
}

describe('isSmall', () => {
  it.each([
    [0, false],
    [1, true],
    [4, true],
    [5, false],
  ])('%s → %s', (n, small) => {
    expect(isSmall(n, 5)).toBe(small);
  });
});

describe('suppressTable', () => {
  it('publishes a table without small cells as it is', () => {
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

  it('suppresses a small cell and, to protect it, the smallest others in its row and column', () => {
    const t = suppressTable(
      [
        [3, 20, 12],
        [30, 40, 50],
        [8, 9, 60],
      ],
      ALL,
    );
    // 3 is small; in its row 12 is the smallest other, in its column 8; then 9 or 50 to close
    expect(t.cells[0]![0]).toBeNull();
    expect(t.cells[0]![2]).toBeNull();
    expect(t.cells[2]![0]).toBeNull();
    expect(singleUnknownLines(t)).toEqual([]);
    expect(t.grandTotal).toBe(232);
  });

  it('suppresses a small total with the cells that make it', () => {
    const t = suppressTable(
      [
        [2, 1, 0],
        [30, 40, 50],
      ],
      ALL,
    );
    expect(t.rowTotals[0]).toBeNull();
    expect(t.cells[0]).toEqual([null, null, 0]);
    expect(singleUnknownLines(t)).toEqual([]);
  });

  it('keeps zeros: a true zero singles out nobody', () => {
    const t = suppressTable([[0, 0, 12]], ALL);
    expect(t.cells).toEqual([[0, 0, 12]]);
  });

  it('holds for any table: nothing small shown, shown figures true, no line with one unknown', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((rows) =>
          fc.integer({ min: 1, max: 8 }).chain((cols) =>
            fc.array(
              fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 })), {
                minLength: cols,
                maxLength: cols,
              }),
              {
                minLength: rows,
                maxLength: rows,
              },
            ),
          ),
        ),
        (table) => {
          const t = suppressTable(table, ALL);
          const shown = [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.grandTotal].filter(
            (v): v is number => v !== null,
          );
          expect(shown.every((v) => !isSmall(v, 5))).toBe(true);
          t.cells.forEach((row, i) => {
            row.forEach((v, j) => {
              if (v !== null) expect(v).toBe(table[i]![j]);
            });
          });
          t.rowTotals.forEach((v, i) => {
            if (v !== null) expect(v).toBe(table[i]!.reduce((s, n) => s + n, 0));
          });
          expect(singleUnknownLines(t)).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('suppressList', () => {
  it.each<[string, number[], boolean, (number | null)[], number | null]>([
    ['nothing small', [40, 12, 9], true, [40, 12, 9], 61],
    ['one small: the next smallest goes too', [40, 12, 3], true, [40, null, null], 55],
    ['two small: enough', [40, 2, 3], true, [40, null, null], 45],
    ['one small and only zeros besides: the total goes', [0, 0, 3], true, [0, 0, null], null],
    ['a small total: everything', [1, 2, 0], true, [null, null, 0], null],
    ['no total published: only the small ones', [40, 12, 3], false, [40, 12, null], null],
  ])('%s', (_label, counts, publish, cells, total) => {
    expect(suppressList(counts, { publish }, 5)).toEqual({ cells, total });
  });
});
