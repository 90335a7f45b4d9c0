import type { Principal } from '@klageportal/federation';
import { describe, expect, it } from 'vitest';
import { authoriseCaseRead } from './authorise.js';

const citizen = (consented: boolean): Principal => ({
  kind: 'citizen',
  personId: '0b7c2a52-5f7e-4c1e-8f2a-000000000001',
  acr: 'idporten-loa-substantial',
  consented,
  actingFor: null,
  actingAs: [],
  sessionRef: 'a'.repeat(64),
});

describe('authoriseCaseRead', () => {
  it.each<[string, Principal, string | true]>([
    ['anonymous', { kind: 'anonymous' }, 'UNAUTHENTICATED'],
    ['citizen before consent', citizen(false), 'FORBIDDEN'],
    ['citizen after consent (no party rules yet)', citizen(true), 'NOT_FOUND'],
    ['case officer', { kind: 'staff', staffId: 's', roles: ['case_officer'] }, true],
    ['press officer', { kind: 'staff', staffId: 's', roles: ['press_officer'] }, 'NOT_FOUND'],
    ['analyst', { kind: 'staff', staffId: 's', roles: ['analyst'] }, 'NOT_FOUND'],
    ['partner', { kind: 'partner', orgnr: '123456785', scopes: ['x'] }, 'NOT_FOUND'],
  ])('%s', (_label, principal, expected) => {
    const result = authoriseCaseRead(principal);
    expect(result.ok ? true : result.code).toBe(expected);
  });
});
