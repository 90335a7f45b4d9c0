import { describe, expect, it } from 'vitest';
import {
  type EmailRefusal,
  isDirectEmailAddress,
  type MobileRefusal,
  normaliseMobile,
} from './contact-point.js';

describe('isDirectEmailAddress', () => {
  it.each<[string, string | EmailRefusal]>([
    ['anne.eksempel@advokatfirma.example', 'anne.eksempel@advokatfirma.example'],
    ['  Anne.Eksempel@Advokatfirma.EXAMPLE ', 'Anne.Eksempel@advokatfirma.example'],
    ['ae+klage@firma.no', 'ae+klage@firma.no'],
    ['kari.post@firma.no', 'kari.post@firma.no'],
    ['advokat.hansen@firma.no', 'advokat.hansen@firma.no'],
    ['ola@blåbær.no', 'ola@blåbær.no'],
    ['post@firma.no', 'SHARED_MAILBOX'],
    ['POST@firma.no', 'SHARED_MAILBOX'],
    ['Postmottak@kommune.no', 'SHARED_MAILBOX'],
    ['post-mottak@kommune.no', 'SHARED_MAILBOX'],
    ['firmapost@firma.no', 'SHARED_MAILBOX'],
    ['firma.post@firma.no', 'SHARED_MAILBOX'],
    ['kontor@firma.no', 'SHARED_MAILBOX'],
    ['info@firma.no', 'SHARED_MAILBOX'],
    ['info+klage@firma.no', 'SHARED_MAILBOX'],
    ['epost@firma.no', 'SHARED_MAILBOX'],
    ['mail@firma.no', 'SHARED_MAILBOX'],
    ['admin@firma.no', 'SHARED_MAILBOX'],
    ['resepsjon@firma.no', 'SHARED_MAILBOX'],
    ['sentralbord@firma.no', 'SHARED_MAILBOX'],
    ['advokat@firma.no', 'SHARED_MAILBOX'],
    ['Advokatfirmaet@firma.no', 'SHARED_MAILBOX'],
    ['', 'MALFORMED_EMAIL'],
    ['anne', 'MALFORMED_EMAIL'],
    ['@firma.no', 'MALFORMED_EMAIL'],
    ['anne@', 'MALFORMED_EMAIL'],
    ['anne@firma', 'MALFORMED_EMAIL'],
    ['anne@firma.n', 'MALFORMED_EMAIL'],
    ['anne@@firma.no', 'MALFORMED_EMAIL'],
    ['anne eksempel@firma.no', 'MALFORMED_EMAIL'],
    ['anne..eksempel@firma.no', 'MALFORMED_EMAIL'],
    ['.anne@firma.no', 'MALFORMED_EMAIL'],
    ['anne@firma..no', 'MALFORMED_EMAIL'],
    ['anne@-firma.no', 'MALFORMED_EMAIL'],
    ['anne@firma.no.', 'MALFORMED_EMAIL'],
    [`${'a'.repeat(65)}@firma.no`, 'MALFORMED_EMAIL'],
    [`anne@${'a'.repeat(250)}.no`, 'MALFORMED_EMAIL'],
  ])('%j → %s', (input, expected) => {
    const result = isDirectEmailAddress(input);
    expect(result.ok ? result.value : result.code).toBe(expected);
  });
});

describe('normaliseMobile', () => {
  it.each<[string, string | MobileRefusal]>([
    ['91234567', '+4791234567'],
    ['41234567', '+4741234567'],
    ['912 34 567', '+4791234567'],
    ['+47 912 34 567', '+4791234567'],
    ['0047 91234567', '+4791234567'],
    ['4791234567', '+4791234567'],
    ['(+47) 912-34-567', '+4791234567'],
    [' 912.34.567 ', '+4791234567'],
    ['22334455', 'NOT_MOBILE'],
    ['+47 22334455', 'NOT_MOBILE'],
    ['81234567', 'NOT_MOBILE'],
    ['+46 701234567', 'FOREIGN_MOBILE'],
    ['0046701234567', 'FOREIGN_MOBILE'],
    ['9123456', 'MALFORMED_MOBILE'],
    ['912345678', 'MALFORMED_MOBILE'],
    ['+47912345678', 'MALFORMED_MOBILE'],
    ['9123456a', 'MALFORMED_MOBILE'],
    ['+', 'MALFORMED_MOBILE'],
    ['', 'MALFORMED_MOBILE'],
    ['++4791234567', 'MALFORMED_MOBILE'],
  ])('%j → %s', (input, expected) => {
    const result = normaliseMobile(input);
    expect(result.ok ? result.value : result.code).toBe(expected);
  });
});
