import type { Principal } from '@klageportal/federation';
import { describe, expect, it } from 'vitest';
import { authorisePressOfficer } from './press-log.js';

describe('authorisePressOfficer: only press officers read the press log', () => {
  it.each<[string, Principal, string | true]>([
    ['anonymous', { kind: 'anonymous' }, 'UNAUTHENTICATED'],
    [
      'citizen',
      {
        kind: 'citizen',
        personId: '0b7c2a52-5f7e-4c1e-8f2a-000000000001',
        acr: 'idporten-loa-high',
        consented: true,
        actingFor: null,
        actingAs: [],
        sessionRef: 'a'.repeat(64),
      },
      'FORBIDDEN',
    ],
    ['case officer', { kind: 'staff', staffId: 's', roles: ['case_officer'] }, 'FORBIDDEN'],
    ['analyst', { kind: 'staff', staffId: 's', roles: ['analyst'] }, 'FORBIDDEN'],
    ['press officer', { kind: 'staff', staffId: 's', roles: ['press_officer'] }, true],
    ['partner', { kind: 'partner', orgnr: '123456785', scopes: ['helseklage:npe.klagesaker'] }, 'FORBIDDEN'],
  ])('%s', (_label, principal, expected) => {
    const result = authorisePressOfficer(principal);
    expect(result.ok ? true : result.code).toBe(expected);
  });
});
