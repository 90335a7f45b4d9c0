import { describe, expect, it } from 'vitest';
import type { FnrError } from './fodselsnummer.js';
import {
  isSufficientLevelOfAssurance,
  type MinSideRefusal,
  mayUseMinSide,
  type PidKind,
  pidKindOfFnrError,
} from './min-side.js';

const alive = { deceasedAt: null };
const deceased = { deceasedAt: new Date('2025-06-01T00:00:00Z') };

describe('mayUseMinSide', () => {
  it.each<[string, { deceasedAt: Date | null } | null, PidKind, boolean, MinSideRefusal | 'OK']>([
    ['a person with a fødselsnummer', alive, 'FODSELSNUMMER', false, 'OK'],
    ['a first login, no person yet', null, 'FODSELSNUMMER', false, 'OK'],
    ['a D-number', alive, 'D_NUMBER', false, 'D_NUMBER'],
    ['a D-number on a first login', null, 'D_NUMBER', false, 'D_NUMBER'],
    ['an H-number', null, 'H_NUMBER', false, 'H_NUMBER'],
    ['an organisation', null, 'ORGANISATION', false, 'ORGANISATION'],
    ['a login without pid (eIDAS)', null, 'NONE', false, 'NO_FODSELSNUMMER'],
    ['a person who has a guardian', alive, 'FODSELSNUMMER', true, 'HAS_GUARDIAN'],
    ['a D-number with a guardian: the number decides first', alive, 'D_NUMBER', true, 'D_NUMBER'],
    ['a deceased person', deceased, 'FODSELSNUMMER', false, 'DECEASED'],
  ])('%s → %s', (_why, person, pidKind, hasGuardian, expected) => {
    const result = mayUseMinSide(person, { pidKind, hasGuardian });
    expect(result.ok ? 'OK' : result.code).toBe(expected);
  });
});

describe('pidKindOfFnrError', () => {
  it.each<[FnrError, PidKind]>([
    ['D_NUMBER', 'D_NUMBER'],
    ['H_NUMBER', 'H_NUMBER'],
    ['FORMAT', 'NONE'],
    ['CHECKSUM', 'NONE'],
    ['DATE', 'NONE'],
    ['SYNTHETIC_NOT_ALLOWED', 'NONE'],
  ])('%s → %s', (error, expected) => {
    expect(pidKindOfFnrError(error)).toBe(expected);
  });
});

describe('isSufficientLevelOfAssurance', () => {
  it.each<[string | null | undefined, boolean]>([
    ['idporten-loa-substantial', true],
    ['idporten-loa-high', true],
    ['idporten-loa-low', false],
    ['eidas-loa-high', false],
    ['Level4', false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('%s → %s', (acr, expected) => {
    expect(isSufficientLevelOfAssurance(acr)).toBe(expected);
  });
});
