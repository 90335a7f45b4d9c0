import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  type FnrError,
  findFodselsnummerCandidates,
  hasValidFnrCheckDigits,
  isValidOrgnr,
  looksLikeFodselsnummer,
  parseFodselsnummer,
  type SyntheticSeries,
} from './fodselsnummer.js';

const PROD = { allowSynthetic: false };
const TEST = { allowSynthetic: true };

type Row = [input: string, why: string, prod: FnrError | 'OK', test: FnrError | SyntheticSeries | 'OK'];

describe('parseFodselsnummer', () => {
  it.each<Row>([
    // Worked examples from the reference (§3).
    ['15838512329', 'Tenor synthetic (month + 80), worked example', 'SYNTHETIC_NOT_ALLOWED', 'TENOR'],
    ['15438512346', 'Dolly synthetic (month + 40), same shape as an H-number', 'H_NUMBER', 'DOLLY'],
    ['02013299997', "Skatteetaten's check, old K1 rule", 'OK', 'OK'],
    ['30108299920', "Skatteetaten's check, old K1 rule", 'OK', 'OK'],
    ['30108299939', "Skatteetaten's check, valid only under the 2032 K1 rule", 'OK', 'OK'],
    ['15838512337', 'Tenor, 2032 K1 rule offset 1', 'SYNTHETIC_NOT_ALLOWED', 'TENOR'],
    ['15838512353', 'Tenor, 2032 K1 rule offset 3', 'SYNTHETIC_NOT_ALLOWED', 'TENOR'],
    ['15128512311', 'ordinary, 15 Dec 1985', 'OK', 'OK'],
    ['01019012308', 'ordinary, K1 by the 2032 rule where the old rule gives 10', 'OK', 'OK'],
    // Format.
    ['', 'empty', 'FORMAT', 'FORMAT'],
    ['1583851232', 'ten digits', 'FORMAT', 'FORMAT'],
    ['158385123290', 'twelve digits', 'FORMAT', 'FORMAT'],
    ['158385 12329', 'space inside', 'FORMAT', 'FORMAT'],
    ['1583851232a', 'a letter', 'FORMAT', 'FORMAT'],
    ['１５８３８５１２３２９', 'full-width digits', 'FORMAT', 'FORMAT'],
    [' 15128512311 ', 'surrounding white space is trimmed', 'OK', 'OK'],
    // Check digits.
    ['15838512328', 'K2 off by one', 'CHECKSUM', 'CHECKSUM'],
    ['15838512369', 'K1 outside the 2032 offsets', 'CHECKSUM', 'CHECKSUM'],
    ['02013299998', 'K2 wrong', 'CHECKSUM', 'CHECKSUM'],
    ['30108299930', 'new-rule K1 with the old-rule K2', 'CHECKSUM', 'CHECKSUM'],
    ['00000000000', 'all zeros pass the sums but have no date', 'DATE', 'DATE'],
    // Dates.
    ['30029912331', '30 February', 'DATE', 'DATE'],
    ['29020012380', '29 February in a YY divisible by 4', 'OK', 'OK'],
    ['29020112318', '29 February 01', 'DATE', 'DATE'],
    ['31049012392', '31 April', 'DATE', 'DATE'],
    ['15138512301', 'month 13', 'DATE', 'DATE'],
    ['15238512368', 'month 23: no series uses it', 'DATE', 'DATE'],
    // D-, H- and synthetic D-numbers.
    ['41018512368', 'D-number (day + 40)', 'D_NUMBER', 'D_NUMBER'],
    ['47906701517', "Digdir's example: synthetic Tenor D-number", 'SYNTHETIC_NOT_ALLOWED', 'D_NUMBER'],
    ['15408512376', 'month + 40 = 0: no such month', 'DATE', 'DATE'],
  ])('%s (%s): production %s, test %s', (input, _why, prod, test) => {
    const expectOutcome = (options: { allowSynthetic: boolean }, expected: string) => {
      const result = parseFodselsnummer(input, options);
      if (result.ok) {
        expect(result.value.synthetic ?? 'OK').toBe(expected);
        expect(result.value.value).toBe(input.trim());
      } else {
        expect(result.code).toBe(expected);
      }
    };
    expectOutcome(PROD, prod);
    expectOutcome(TEST, test);
  });

  it('refuses every K1 outside the allowed offsets where the old rule gives 10', () => {
    // 010190123: the old rule computes K1 = 10 (never issued); the 2032 rule allows 0, 1, 2.
    for (let k1 = 0; k1 <= 9; k1++) {
      const valid = [0, 1, 2].includes(k1);
      const withAnyK2 = Array.from({ length: 10 }, (_, k2) => `010190123${k1}${k2}`);
      expect(withAnyK2.some((n) => hasValidFnrCheckDigits(n))).toBe(valid);
    }
  });

  it('refuses every last digit where K2 computes to 10', () => {
    for (let k2 = 0; k2 <= 9; k2++) {
      expect(parseFodselsnummer(`1512851022${k2}`, PROD)).toEqual({ ok: false, code: 'CHECKSUM' });
    }
  });

  it('never turns into a string by accident', () => {
    const result = parseFodselsnummer('15128512311', PROD);
    if (!result.ok) throw new Error(result.code);
    const fnr = result.value;
    expect(String(fnr)).toBe('[fødselsnummer]');
    expect(`${fnr}`).toBe('[fødselsnummer]');
    expect(`x${fnr as unknown as string}`).toBe('x[fødselsnummer]');
    expect(JSON.stringify({ fnr })).toBe('{"fnr":"[fødselsnummer]"}');
    expect(inspect({ fnr })).not.toContain('15128512311');
    expect(Object.keys(fnr)).toEqual(['synthetic']);
    expect({ ...fnr }).toEqual({ synthetic: null });
    expect(fnr.value).toBe('15128512311');
  });

  it('compares by value with equals', () => {
    const a = parseFodselsnummer('15128512311', PROD);
    const b = parseFodselsnummer('15128512311', PROD);
    const c = parseFodselsnummer('02013299997', PROD);
    if (!a.ok || !b.ok || !c.ok) throw new Error('fixture');
    expect(a.value.equals(b.value)).toBe(true);
    expect(a.value.equals(c.value)).toBe(false);
  });
});

describe('looksLikeFodselsnummer', () => {
  it.each<[string, string[]]>([
    ['no digits here', []],
    ['pid=15838512329 logged', ['15838512329']],
    ['written 158385 12329 with a space', ['15838512329']],
    ['D-number 47906701517 and H 15438512346', ['47906701517', '15438512346']],
    ['wrong check digit 15838512328', []],
    ['part of a longer run 1583851232912', []],
    ['a timestamp 1767225600000 and a uuid 0b7c2a52-5f7e-4c1e-8f2a-000000000001', []],
    ['"fnr":"30108299939"', ['30108299939']],
  ])('%s', (text, expected) => {
    expect(findFodselsnummerCandidates(text)).toEqual(expected);
    expect(looksLikeFodselsnummer(text)).toBe(expected.length > 0);
  });
});

describe('isValidOrgnr', () => {
  it.each<[string, boolean, string]>([
    ['123456785', true, "Brreg's example"],
    ['974760673', true, 'Brønnøysundregistrene'],
    ['123456784', false, 'wrong check digit'],
    ['912345670', false, 'check digit would be 10 (never issued)'],
    ['912345671', false, 'check digit would be 10 (never issued)'],
    ['12345678', false, 'eight digits'],
    ['1234567850', false, 'ten digits'],
    ['12345678a', false, 'a letter'],
    ['0192:123456785', false, 'Maskinporten prefix is not stripped here'],
  ])('%s → %s (%s)', (input, expected) => {
    expect(isValidOrgnr(input)).toBe(expected);
  });
});
