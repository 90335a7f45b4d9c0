import { describe, expect, it } from 'vitest';
import {
  type CasePermissions,
  decidePermissions,
  isAvailableInMinSide,
  type MinSideUnavailable,
} from './min-side.js';
import type { CaseView, Party, PartyRole } from './party.js';

const party = (personId: string, role: PartyRole, contact: Partial<Party> = {}): Party => ({
  personId,
  role,
  mobile: '+4791234567',
  email: `${personId}@example.no`,
  ...contact,
});
const klager = party('klager', 'COMPLAINANT');
const advokat = party('advokat', 'LAWYER');
const fullmektig = party('fullmektig', 'PROXY');
const verge = party('verge', 'GUARDIAN');
const etterlatt = party('etterlatt', 'SURVIVING_RELATIVE');

describe('isAvailableInMinSide', () => {
  it.each<[string, Party[], Party, MinSideUnavailable | 'OK']>([
    ['mobile and e-mail registered, one lawyer', [klager, advokat], klager, 'OK'],
    ['no lawyer', [klager], klager, 'OK'],
    ['two lawyers', [klager, advokat, party('kollega', 'LAWYER')], klager, 'TWO_LAWYERS'],
    [
      'two lawyers, seen by one of them',
      [klager, advokat, party('kollega', 'LAWYER')],
      advokat,
      'TWO_LAWYERS',
    ],
    ['three lawyers', [klager, advokat, party('b', 'LAWYER'), party('c', 'LAWYER')], klager, 'TWO_LAWYERS'],
    ['the same lawyer on two rows is one lawyer', [klager, advokat, { ...advokat }], advokat, 'OK'],
    ['two proxies are not two lawyers', [klager, fullmektig, party('f2', 'PROXY')], klager, 'OK'],
    [
      'two lawyers is checked before contact details',
      [party('klager', 'COMPLAINANT', { mobile: null, email: null }), advokat, party('b', 'LAWYER')],
      party('klager', 'COMPLAINANT', { mobile: null, email: null }),
      'TWO_LAWYERS',
    ],
    ['no mobile', [klager], party('klager', 'COMPLAINANT', { mobile: null }), 'MISSING_MOBILE'],
    ['no e-mail', [klager], party('klager', 'COMPLAINANT', { email: null }), 'MISSING_EMAIL'],
    ['neither', [klager], party('klager', 'COMPLAINANT', { mobile: null, email: null }), 'MISSING_CONTACT'],
    ['a blank mobile is none', [klager], party('klager', 'COMPLAINANT', { mobile: '  ' }), 'MISSING_MOBILE'],
    ['a blank e-mail is none', [klager], party('klager', 'COMPLAINANT', { email: '' }), 'MISSING_EMAIL'],
    ['both blank', [klager], party('klager', 'COMPLAINANT', { mobile: '', email: ' ' }), 'MISSING_CONTACT'],
    [
      'only the party seen through counts, not the others',
      [party('klager', 'COMPLAINANT', { mobile: null, email: null }), advokat],
      advokat,
      'OK',
    ],
    [
      'the lawyer has no e-mail registered',
      [klager, party('advokat', 'LAWYER', { email: null })],
      party('advokat', 'LAWYER', { email: null }),
      'MISSING_EMAIL',
    ],
  ])('%s → %s', (_why, parties, throughParty, expected) => {
    const result = isAvailableInMinSide(parties, throughParty);
    expect(result.ok ? 'OK' : result.code).toBe(expected);
  });
});

const FULL: CasePermissions = {
  read: true,
  fillForms: true,
  upload: true,
  sendDocuments: true,
  downloadCaseFile: true,
};
const READ_AND_FORMS: CasePermissions = {
  read: true,
  fillForms: true,
  upload: false,
  sendDocuments: false,
  downloadCaseFile: true,
};

describe('decidePermissions', () => {
  const asSelf = (p: Party): CaseView => ({ throughParty: p, as: 'SELF' });
  it.each<[string, Party[], CaseView, CasePermissions]>([
    ['a complainant on their own', [klager], asSelf(klager), FULL],
    ['a complainant who has a lawyer', [klager, advokat], asSelf(klager), READ_AND_FORMS],
    ['a complainant who has a proxy', [klager, fullmektig], asSelf(klager), READ_AND_FORMS],
    [
      'a complainant with a guardian on the case (not a representative)',
      [klager, verge],
      asSelf(klager),
      FULL,
    ],
    ['a complainant with a surviving relative on the case', [klager, etterlatt], asSelf(klager), FULL],
    [
      'a complainant registered as their own lawyer',
      [klager, party('klager', 'LAWYER')],
      asSelf(klager),
      FULL,
    ],
    ['the lawyer', [klager, advokat], asSelf(advokat), FULL],
    ['the proxy', [klager, fullmektig], asSelf(fullmektig), FULL],
    ['a proxy when there is also a lawyer', [klager, advokat, fullmektig], asSelf(fullmektig), FULL],
    ['a registered guardian when there is a lawyer', [klager, verge, advokat], asSelf(verge), READ_AND_FORMS],
    ['a registered guardian, no representative', [klager, verge], asSelf(verge), FULL],
    [
      'a surviving relative when there is a proxy',
      [etterlatt, fullmektig],
      asSelf(etterlatt),
      READ_AND_FORMS,
    ],
    [
      'a guardian by mandate when there is a lawyer',
      [klager, advokat],
      { throughParty: klager, as: 'GUARDIAN' },
      READ_AND_FORMS,
    ],
    ['a guardian by mandate, no representative', [klager], { throughParty: klager, as: 'GUARDIAN' }, FULL],
    [
      'a proxy by mandate when there is a lawyer',
      [klager, advokat],
      { throughParty: klager, as: 'PROXY' },
      FULL,
    ],
    [
      'a lawyer by mandate, seen through their own row',
      [klager, advokat],
      { throughParty: advokat, as: 'LAWYER' },
      FULL,
    ],
  ])('%s', (_why, parties, view, expected) => {
    expect(decidePermissions(parties, view)).toEqual(expected);
  });
});
