import { describe, expect, it } from 'vitest';
import { openDataUrl, type ProcessingTime, yearsWithFigures } from '../../api/statistics';
import { messages } from '../../i18n/messages';
import { en } from '../../i18n/messages/en';
import { nb } from '../../i18n/messages/nb';
import { nn } from '../../i18n/messages/nn';
import {
  anySuppressed,
  chartLocale,
  expectedProcessingTime,
  formatCount,
  formatWeeks,
  groupKeys,
  groupName,
  monthName,
  monthsSoFar,
  SUPPRESSED_MARK,
  suppressionNote,
} from './statisticsTexts';

const time = (over: Partial<ProcessingTime> = {}): ProcessingTime => ({
  decided: 40,
  medianWeeks: 12,
  p80Weeks: 20,
  p90Weeks: 26,
  suppressed: false,
  ...over,
});

describe('formatCount', () => {
  it.each([
    [null, 'nb', '–'],
    [undefined, 'en', '–'],
    [0, 'nb', '0'],
    [7, 'nn', '7'],
    [1234, 'nb', '1\u00a0234'],
    [1234, 'nn', '1\u00a0234'],
    [1234, 'en', '1,234'],
  ] as const)('%s in %s is %j', (value, language, expected) => {
    expect(formatCount(value, language)).toBe(expected);
  });

  it('shows suppressed figures as an en dash, never as zero', () => {
    expect(SUPPRESSED_MARK).toBe('\u2013');
    expect(formatCount(null, 'nb')).not.toBe(formatCount(0, 'nb'));
  });
});

describe('anySuppressed', () => {
  it.each([
    [[], false],
    [[0, 0, 12], false],
    [[5, null, 7], true],
    [[undefined], true],
  ] as const)('%j → %s', (values, expected) => {
    expect(anySuppressed(values)).toBe(expected);
  });
});

describe('suppressionNote', () => {
  it('explains "–" with the threshold, in every language', () => {
    expect(suppressionNote(5, nb, 'nb')).toBe(
      '«–» betyr at tallet ikke vises. Tall under 5 vises ikke, og heller ikke tall som kan avsløre dem.',
    );
    expect(suppressionNote(10, nn, 'nn')).toContain('Tal under 10 blir ikkje viste');
    expect(suppressionNote(5, en, 'en')).toContain(
      'Figures under 5 are not shown, nor figures that could reveal them',
    );
  });
});

describe('formatWeeks', () => {
  it.each([
    [null, 'nb', '–'],
    [0, 'nb', 'under 1 uke'],
    [1, 'nb', '1 uke'],
    [12, 'nb', '12 uker'],
    [0, 'nn', 'under 1 veke'],
    [1, 'nn', '1 veke'],
    [2, 'nn', '2 veker'],
    [1, 'en', '1 week'],
    [52, 'en', '52 weeks'],
  ] as const)('%s weeks in %s is %j', (weeks, language, expected) => {
    expect(formatWeeks(weeks, messages[language], language)).toBe(expected);
  });
});

describe('monthName', () => {
  it.each([
    ['2026-01', 'nb', 'long', 'januar'],
    ['2026-12', 'en', 'long', 'December'],
    ['2026-03', 'en', 'short', 'Mar'],
    ['2026-13', 'nb', 'long', '2026-13'],
    ['mars', 'nb', 'long', 'mars'],
  ] as const)('%s in %s (%s) is %j', (month, language, style, expected) => {
    expect(monthName(month, language, style)).toBe(expected);
  });

  it('is the same month wherever the browser is', () => {
    expect(monthName('2026-01', 'en')).toBe('January');
    expect(monthName('2025-12', 'en')).toBe('December');
  });
});

describe('monthsSoFar', () => {
  const year = (y: number) =>
    Array.from({ length: 12 }, (_, i) => ({ month: `${y}-${String(i + 1).padStart(2, '0')}`, received: 0 }));

  it('leaves out the months of the year still to come, by Norwegian time', () => {
    expect(
      monthsSoFar(year(2026), new Date('2026-11-15T12:00:00Z'))
        .map((m) => m.month)
        .at(-1),
    ).toBe('2026-11');
    // 30 November 23:30 UTC is already December in Norway
    expect(monthsSoFar(year(2026), new Date('2026-11-30T23:30:00Z'))).toHaveLength(12);
    expect(monthsSoFar(year(2026), new Date('2026-01-01T00:30:00+01:00'))).toHaveLength(1);
  });

  it('keeps every month of a past year, and none of a year to come', () => {
    expect(monthsSoFar(year(2025), new Date('2026-03-01T12:00:00Z'))).toHaveLength(12);
    expect(monthsSoFar(year(2027), new Date('2026-03-01T12:00:00Z'))).toEqual([]);
  });
});

describe('groupName', () => {
  it('names every board in every language, and shows a code it does not know as it is', () => {
    for (const language of ['nb', 'nn', 'en'] as const) {
      for (const group of Object.keys(groupKeys)) {
        const name = groupName(group, messages[language]);
        expect(name).not.toBe(group);
        expect(name.trim()).not.toBe('');
      }
    }
    expect(groupName('PSN', nb)).toBe('Pasientskadenemnda');
    expect(groupName('NEW_BOARD', nb)).toBe('NEW_BOARD');
    expect(groupName('toString', nb)).toBe('toString');
  });
});

describe('expectedProcessingTime', () => {
  it('gives the median and the 80th percentile in weeks, and how many decisions it rests on', () => {
    expect(expectedProcessingTime(time(), nb, 'nb')).toEqual({
      kind: 'estimate',
      median: '12 uker',
      p80: '20 uker',
      basis: 'Anslaget bygger på 40 vedtak.',
    });
    expect(expectedProcessingTime(time({ decided: 1200, medianWeeks: 1 }), en, 'en')).toEqual({
      kind: 'estimate',
      median: '1 week',
      p80: '20 weeks',
      basis: 'The estimate is based on 1,200 decisions.',
    });
  });

  it('leaves the basis out when its count is not published', () => {
    expect(expectedProcessingTime(time({ decided: null }), nb, 'nb')).toMatchObject({
      kind: 'estimate',
      basis: null,
    });
  });

  it.each([
    [
      'suppressed',
      time({ suppressed: true, decided: null, medianWeeks: null, p80Weeks: null, p90Weeks: null }),
    ],
    ['without a median', time({ medianWeeks: null })],
    ['without an 80th percentile', time({ p80Weeks: null })],
    ['missing', null],
    ['undefined', undefined],
  ])('says there are too few decisions when %s', (_name, value) => {
    expect(expectedProcessingTime(value, nb, 'nb')).toEqual({
      kind: 'tooFew',
      text: 'Vi har for få vedtak i saker av denne typen de siste tolv månedene til å anslå saksbehandlingstiden.',
    });
  });
});

describe('yearsWithFigures', () => {
  it('keeps the years with any case, newest first; a suppressed total (a few cases) counts', () => {
    expect(
      yearsWithFigures([
        { year: 2022, received: 0, decided: 0 },
        { year: 2023, received: null, decided: 0 },
        { year: 2024, received: 410, decided: 380 },
        { year: 2025, received: 0, decided: 12 },
        { year: 2026, received: 120, decided: null },
      ]),
    ).toEqual([2026, 2025, 2024, 2023]);
    expect(yearsWithFigures([])).toEqual([]);
  });
});

describe('openDataUrl', () => {
  it('points at the gateway’s open-data files on the same origin', () => {
    expect(openDataUrl(2026, 'csv')).toBe('/open-data/statistikk-2026.csv');
    expect(openDataUrl(2025, 'json')).toBe('/open-data/statistikk-2025.json');
  });
});

describe('chartLocale', () => {
  it('is one locale Intl supports, Norwegian for both written forms', () => {
    expect(chartLocale('nb')).toMatch(/^(nb|no)/);
    expect(chartLocale('nn')).toMatch(/^(nn|nb|no)/);
    expect(chartLocale('en')).toBe('en-GB');
  });
});
