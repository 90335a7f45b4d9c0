import { describe, expect, it } from 'vitest';
import { fill, format, formatClockTime, formatList, formatNumber } from './format';
import { resolveInitialLanguage, toGraphQLLanguage, toLocale } from './languages';

describe('resolveInitialLanguage', () => {
  it('prefers ?lang= over the stored choice', () => {
    expect(resolveInitialLanguage('?lang=nn', 'en')).toBe('nn');
    expect(resolveInitialLanguage('?foo=1&lang=EN', null)).toBe('en');
  });

  it('falls back to the stored choice, then bokmål', () => {
    expect(resolveInitialLanguage('?lang=sv', 'en')).toBe('en');
    expect(resolveInitialLanguage('', 'de')).toBe('nb');
    expect(resolveInitialLanguage('', null)).toBe('nb');
  });
});

describe('language mappings', () => {
  it('maps to the GraphQL enum and Intl locales', () => {
    expect(toGraphQLLanguage('nn')).toBe('NN');
    expect(toLocale('nb')).toBe('nb-NO');
    expect(toLocale('nn')).toBe('nn-NO');
    expect(toLocale('en')).toBe('en-GB');
  });

  it('formats numbers with Norwegian grouping for nb and nn, even where nn-NO data is missing', () => {
    expect(formatNumber(12000, 'nb')).toBe(formatNumber(12000, 'nn'));
    expect(formatNumber(12000, 'nb')).toMatch(/^12\s000$/);
    expect(formatNumber(12000, 'en')).toBe('12,000');
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones alone', () => {
    expect(format('Saker i {year} ({x})', { year: 2026 })).toBe('Saker i 2026 ({x})');
  });

  it('writes clock times per language', () => {
    expect(formatClockTime('09:00', 'nb')).toBe('09.00');
    expect(formatClockTime('9:30:00', 'nn')).toBe('09.30');
    expect(formatClockTime('14:00', 'en')).toBe('14:00');
    expect(formatClockTime('noon', 'en')).toBe('noon');
  });
});

describe('fill', () => {
  it('returns the text around each filled placeholder, in order', () => {
    const name = { tag: 'strong' };
    expect(fill('Logget inn som {name}', { name })).toEqual(['Logget inn som ', name]);
    expect(fill('{a} og {b}!', { a: 1, b: 2 })).toEqual([1, ' og ', 2, '!']);
    expect(fill('Ingen {x} her', {})).toEqual(['Ingen {x} her']);
  });
});

describe('formatList', () => {
  it("joins with the language's conjunction, also for nn", () => {
    expect(formatList(['advokat', 'verge'], 'nb')).toBe('advokat og verge');
    expect(formatList(['advokat', 'verje'], 'nn')).toBe('advokat og verje');
    expect(formatList(['lawyer', 'proxy', 'guardian'], 'en')).toBe('lawyer, proxy and guardian');
    expect(formatList(['verge'], 'nb')).toBe('verge');
  });
});
