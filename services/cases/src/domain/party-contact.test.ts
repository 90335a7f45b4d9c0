import { describe, expect, it } from 'vitest';
import type { PartyRole } from './party.js';
import { checkPartyContact } from './party-contact.js';

describe('checkPartyContact', () => {
  it.each<
    [
      string,
      PartyRole,
      string | null,
      string | null,
      string | { mobile: string | null; email: string | null },
    ]
  >([
    [
      'both, normalised',
      'COMPLAINANT',
      '912 34 567',
      'Kari@Example.COM',
      { mobile: '+4791234567', email: 'Kari@example.com' },
    ],
    ['none at all', 'COMPLAINANT', null, null, { mobile: null, email: null }],
    ['blank counts as none', 'PROXY', '  ', '', { mobile: null, email: null }],
    ['a landline', 'COMPLAINANT', '22 33 44 55', null, 'NOT_MOBILE'],
    ['a foreign number', 'COMPLAINANT', '+46 70 123 45 67', null, 'FOREIGN_MOBILE'],
    ['a malformed address', 'COMPLAINANT', null, 'kari@', 'MALFORMED_EMAIL'],
    ['a lawyer with a shared post-box', 'LAWYER', null, 'post@advokatfirma.example', 'SHARED_MAILBOX'],
    [
      'a lawyer with a direct address',
      'LAWYER',
      null,
      'anne@advokatfirma.example',
      { mobile: null, email: 'anne@advokatfirma.example' },
    ],
    [
      'a complainant may use a shared address',
      'COMPLAINANT',
      null,
      'post@familien.example',
      { mobile: null, email: 'post@familien.example' },
    ],
  ])('%s', (_why, role, mobile, email, expected) => {
    const result = checkPartyContact(role, { mobile, email });
    expect(result.ok ? result.value : result.code).toEqual(expected);
  });
});
