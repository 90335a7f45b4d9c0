import { describe, expect, it } from 'vitest';
import { type Language, type LocalisedNames, localisedName } from './case.js';

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
