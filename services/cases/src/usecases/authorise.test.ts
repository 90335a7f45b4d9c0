import type { Principal } from '@klageportal/federation';
import { describe, expect, it } from 'vitest';
import { authoriseCaseOfficer, authoriseCitizen, authorisePartner } from './authorise.js';

const citizen = (consented: boolean): Principal => ({
  kind: 'citizen',
  personId: '0b7c2a52-5f7e-4c1e-8f2a-000000000001',
  acr: 'idporten-loa-substantial',
  consented,
  actingFor: null,
  actingAs: [],
  sessionRef: 'a'.repeat(64),
});
const staff = (...roles: ('case_officer' | 'press_officer' | 'analyst')[]): Principal => ({
  kind: 'staff',
  staffId: 's',
  roles,
});
const partner = (...scopes: string[]): Principal => ({ kind: 'partner', orgnr: '123456785', scopes });

const outcome = (r: { ok: boolean; code?: string; detail?: string }) =>
  r.ok ? 'OK' : [r.code, r.detail].filter(Boolean).join(':');

describe('authorise', () => {
  it.each<[string, Principal, string, string, string]>([
    ['anonymous', { kind: 'anonymous' }, 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
    ['citizen before consent', citizen(false), 'FORBIDDEN:CONSENT_REQUIRED', 'FORBIDDEN', 'FORBIDDEN'],
    ['citizen after consent', citizen(true), 'OK', 'FORBIDDEN', 'FORBIDDEN'],
    ['case officer', staff('case_officer'), 'FORBIDDEN', 'OK', 'FORBIDDEN'],
    ['press officer', staff('press_officer'), 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    ['analyst and press officer', staff('analyst', 'press_officer'), 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    ['NPE client', partner('helseklage:npe.klagesaker'), 'FORBIDDEN', 'FORBIDDEN', 'OK'],
    ['partner without a known scope', partner('x'), 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
  ])('%s', (_label, principal, asCitizen, asOfficer, asPartner) => {
    expect([
      outcome(authoriseCitizen(principal)),
      outcome(authoriseCaseOfficer(principal)),
      outcome(authorisePartner(principal)),
    ]).toEqual([asCitizen, asOfficer, asPartner]);
  });
});
