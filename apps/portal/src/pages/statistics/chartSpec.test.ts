import { describe, expect, it } from 'vitest';
import type { CaseTypeFigures, ProcessingTime } from '../../api/statistics';
import { en } from '../../i18n/messages/en';
import { nb } from '../../i18n/messages/nb';
import {
  axisFontSize,
  chartHeight,
  groupsChart,
  labelWidth,
  monthsChart,
  outcomesChart,
  processingChart,
  withProcessingTime,
  wrapLabel,
} from './chartSpec';

const published = (median: number, p80: number): ProcessingTime => ({
  decided: 30,
  medianWeeks: median,
  p80Weeks: p80,
  p90Weeks: p80 + 4,
  suppressed: false,
});
const suppressed: ProcessingTime = {
  decided: null,
  medianWeeks: null,
  p80Weeks: null,
  p90Weeks: null,
  suppressed: true,
};
const caseType = (code: string, name: string, processingTime: ProcessingTime): CaseTypeFigures => ({
  caseType: { code, name },
  group: 'PSN',
  received: 10,
  decided: 8,
  processingTime,
});

describe('wrapLabel', () => {
  it.each([
    ['Pasientskadenemnda', 30, ['Pasientskadenemnda']],
    ['Nasjonalt klageorgan for helsetjenesten', 20, ['Nasjonalt klageorgan', 'for helsetjenesten']],
    [
      'Pasientskadeerstatning – avslag på erstatning (erstatningsansvar)',
      24,
      ['Pasientskadeerstatning –', 'avslag på erstatning…'],
    ],
    ['Helsepersonellnemnda', 10, ['Helseperso', 'nellnemnda']],
    ['Statens helsepersonellnemnd', 10, ['Statens', 'helsepers…']],
    ['', 10, []],
  ] as const)('%j in %i characters', (label, width, lines) => {
    expect(wrapLabel(label, width)).toEqual(lines);
  });

  it('never gives more lines than asked, nor longer ones than the width', () => {
    const long = 'Legeattest for seilflygere, mikroflygere, ballongførere og kabinbesetning';
    for (const width of [10, 16, 24, 40]) {
      const lines = wrapLabel(long, width);
      expect(lines.length).toBeLessThanOrEqual(2);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
    }
    expect(wrapLabel(long, 30, 3)).toHaveLength(3);
  });

  it('takes about 45 % of a chart’s width, in a smaller font on a narrow chart, never under ten characters', () => {
    expect(axisFontSize(700)).toBe(14);
    expect(axisFontSize(288)).toBe(12);
    expect(labelWidth(700)).toBe(37);
    expect(labelWidth(288)).toBe(18);
    expect(labelWidth(100)).toBe(10);
  });
});

describe('monthsChart', () => {
  it('is a line per measure over the months, and a suppressed month is a gap, not a zero', () => {
    const spec = monthsChart(
      [
        { month: '2026-01', received: 40, decided: null },
        { month: '2026-02', received: 0, decided: 31 },
      ],
      nb,
      'nb',
      'nb-NO',
    );
    expect(spec).toMatchObject({
      type: 'line',
      horizontal: false,

      locale: 'nb-NO',
    });
    expect(spec.labels.map((label) => label.replace('.', ''))).toEqual(['jan', 'feb']);
    expect(spec.series).toEqual([
      { label: 'Mottatt', values: [40, 0], style: 'first' },
      { label: 'Avgjort', values: [null, 31], style: 'second' },
    ]);
    // told apart by more than colour: each series has its own drawing style
    expect(new Set(spec.series.map((s) => s.style)).size).toBe(2);
  });
});

describe('groupsChart and outcomesChart', () => {
  it('name the boards and the outcomes in the language', () => {
    const groups = groupsChart([{ group: 'HPN', received: 12, decided: null }], en, 'en-GB');
    expect(groups.labels).toEqual(['Norwegian Appeal Board for Health Personnel']); // wrapped when drawn
    expect(groups.series.map((s) => s.values)).toEqual([[12], [null]]);
    const outcomes = outcomesChart(
      [
        { outcome: 'UPHELD', count: 120 },
        { outcome: 'DISMISSED', count: null },
      ],
      nb,
      'nb-NO',
    );
    expect(outcomes.labels).toEqual(['Vedtaket er stadfestet', 'Klagen er avvist']);
    expect(outcomes.series).toEqual([{ label: 'Vedtak', values: [120, null], style: 'first' }]);
  });
});

describe('processingChart', () => {
  const rows = [
    caseType('A', 'Type A', published(10, 18)),
    caseType('B', 'Type B', suppressed),
    caseType('C', 'Type C', published(0, 3)),
  ];

  it('shows median and 80th percentile in weeks for the types with enough decisions only', () => {
    expect(withProcessingTime(rows).map((r) => r.caseType.code)).toEqual(['A', 'C']);
    const spec = processingChart(rows, nb, 'nb-NO');
    expect(spec).toMatchObject({
      type: 'bar',
      horizontal: true,
      labels: ['Type A', 'Type C'],
      valueTitle: 'Uker',
    });
    expect(spec?.series).toEqual([
      { label: 'Median', values: [10, 0], style: 'first' },
      { label: '80-persentil', values: [18, 3], style: 'second' },
    ]);
  });

  it('is null when no type has enough decisions', () => {
    expect(processingChart([rows[1]!], nb, 'nb-NO')).toBeNull();
    expect(processingChart([], nb, 'nb-NO')).toBeNull();
  });
});

describe('chartHeight', () => {
  it('gives a horizontal chart room for every label, and a line chart a fixed height', () => {
    const line = monthsChart([], nb, 'nb', 'nb-NO');
    expect(chartHeight(line)).toBe(320);
    const few = groupsChart([{ group: 'PSN', received: 1, decided: 1 }], nb, 'nb-NO');
    expect(chartHeight(few)).toBe(200);
    const many = groupsChart(
      Array.from({ length: 10 }, (_, i) => ({ group: `G${i}`, received: 1, decided: 1 })),
      nb,
      'nb-NO',
    );
    expect(chartHeight(many)).toBeGreaterThan(10 * 40);
  });
});
