import { describe, expect, it } from 'vitest';
import { CASE_NUMBER, type Language, type LocalisedNames, localisedName, nextCaseNumber } from './case.js';

describe('localisedName', () => {
  const both: LocalisedNames = { nb: 'Pasientskadeerstatning', en: 'Patient injury compensation' };
  const nbOnly: LocalisedNames = { nb: 'Frikort', en: null };
  it.each<[Language, LocalisedNames, string]>([
    ['NB', both, 'Pasientskadeerstatning'],
    ['NN', both, 'Pasientskadeerstatning'],
    ['EN', both, 'Patient injury compensation'],
    ['EN', nbOnly, 'Frikort'],
    ['NN', nbOnly, 'Frikort'],
  ])('%s → the published name in that language or bokmål', (language, names, expected) => {
    expect(localisedName(names, language)).toBe(expected);
  });
});

describe('nextCaseNumber', () => {
  it.each<[string | null, number, string | null]>([
    [null, 2026, '26/00001'],
    ['26/00101', 2026, '26/00102'],
    ['25/04711', 2026, '26/00001'],
    ['26/99998', 2026, '26/99999'],
    ['26/99999', 2026, null],
    [null, 2100, '00/00001'],
  ])('after %s in %s → %s', (last, year, expected) => {
    const next = nextCaseNumber(last, year);
    expect(next).toBe(expected);
    if (next) expect(next).toMatch(CASE_NUMBER);
  });
});
