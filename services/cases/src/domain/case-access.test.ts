import { describe, expect, it } from 'vitest';
import { mayLawyerSeeCase, mayViewCase } from './case-access.js';
import type { Mandate, MandateRole, Party, PartyRole, Viewer } from './party.js';

const NOW = new Date('2026-05-01T12:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const CASE = '26/00101';

const party = (personId: string, role: PartyRole): Party => ({
  personId,
  role,
  mobile: '+4791234567',
  email: `${personId}@example.no`,
});
const klager = party('klager', 'COMPLAINANT');
const advokat = party('advokat', 'LAWYER');
const fullmektig = party('fullmektig', 'PROXY');

const mandate = (over: Partial<Mandate>): Mandate => ({
  agentPersonId: 'agent',
  principalPersonId: 'klager',
  role: 'GUARDIAN',
  caseNumber: null,
  validFrom: day('2026-01-01'),
  validUntil: null,
  ...over,
});
const self = (personId: string): Viewer => ({ personId, actingFor: null });
const agentFor = (principal: string): Viewer => ({ personId: 'agent', actingFor: principal });

describe('mayLawyerSeeCase', () => {
  it.each<[string, string, Party[], Party | 'LAWYER_NOT_REGISTERED']>([
    ['the lawyer is registered as LAWYER', 'advokat', [klager, advokat], advokat],
    ['no parties', 'advokat', [], 'LAWYER_NOT_REGISTERED'],
    [
      'another lawyer is registered',
      'advokat',
      [klager, party('kollega', 'LAWYER')],
      'LAWYER_NOT_REGISTERED',
    ],
    [
      'the firm is registered, not the lawyer',
      'advokat',
      [party('firma', 'LAWYER')],
      'LAWYER_NOT_REGISTERED',
    ],
    ['registered as PROXY, not LAWYER', 'advokat', [party('advokat', 'PROXY')], 'LAWYER_NOT_REGISTERED'],
    ['registered as COMPLAINANT only', 'advokat', [party('advokat', 'COMPLAINANT')], 'LAWYER_NOT_REGISTERED'],
  ])('%s', (_why, lawyerPersonId, parties, expected) => {
    const result = mayLawyerSeeCase(lawyerPersonId, parties);
    expect(result.ok ? result.value : result.code).toEqual(expected);
  });
});

type Seen = { through: [string, PartyRole]; as: 'SELF' | MandateRole };

describe('mayViewCase', () => {
  const parties = [klager, advokat];
  it.each<[string, Viewer, Party[], Mandate[], Seen | 'NOT_A_PARTY']>([
    // for themselves
    ['the complainant', self('klager'), parties, [], { through: ['klager', 'COMPLAINANT'], as: 'SELF' }],
    [
      'acting for oneself counts as oneself',
      { personId: 'klager', actingFor: 'klager' },
      parties,
      [],
      { through: ['klager', 'COMPLAINANT'], as: 'SELF' },
    ],
    ['a registered lawyer', self('advokat'), parties, [], { through: ['advokat', 'LAWYER'], as: 'SELF' }],
    ['someone not on the case', self('fremmed'), parties, [], 'NOT_A_PARTY'],
    ['a case without parties', self('klager'), [], [], 'NOT_A_PARTY'],
    [
      'two rows: the first in role order',
      self('klager'),
      [party('klager', 'SURVIVING_RELATIVE'), klager],
      [],
      { through: ['klager', 'COMPLAINANT'], as: 'SELF' },
    ],
    [
      'a mandate does not count when acting for oneself',
      self('agent'),
      parties,
      [mandate({})],
      'NOT_A_PARTY',
    ],
    // for someone else, through a mandate
    [
      'a guardian with a general mandate',
      agentFor('klager'),
      parties,
      [mandate({})],
      { through: ['klager', 'COMPLAINANT'], as: 'GUARDIAN' },
    ],
    [
      'a mandate for this case',
      agentFor('klager'),
      parties,
      [mandate({ caseNumber: CASE })],
      { through: ['klager', 'COMPLAINANT'], as: 'GUARDIAN' },
    ],
    [
      'a mandate for another case',
      agentFor('klager'),
      parties,
      [mandate({ caseNumber: '26/00999' })],
      'NOT_A_PARTY',
    ],
    [
      'a mandate that starts exactly now',
      agentFor('klager'),
      parties,
      [mandate({ validFrom: NOW })],
      { through: ['klager', 'COMPLAINANT'], as: 'GUARDIAN' },
    ],
    [
      'a mandate not yet started',
      agentFor('klager'),
      parties,
      [mandate({ validFrom: day('2026-06-01') })],
      'NOT_A_PARTY',
    ],
    [
      'a mandate ending exactly now (exclusive)',
      agentFor('klager'),
      parties,
      [mandate({ validUntil: NOW })],
      'NOT_A_PARTY',
    ],
    [
      'a mandate ending later',
      agentFor('klager'),
      parties,
      [mandate({ validUntil: day('2026-12-31') })],
      { through: ['klager', 'COMPLAINANT'], as: 'GUARDIAN' },
    ],
    ['no mandate at all', agentFor('klager'), parties, [], 'NOT_A_PARTY'],
    [
      'a mandate from someone else',
      agentFor('klager'),
      parties,
      [mandate({ principalPersonId: 'x' })],
      'NOT_A_PARTY',
    ],
    [
      'a mandate held by someone else',
      agentFor('klager'),
      parties,
      [mandate({ agentPersonId: 'x' })],
      'NOT_A_PARTY',
    ],
    [
      'acting for someone who is not on the case',
      agentFor('fremmed'),
      parties,
      [mandate({ principalPersonId: 'fremmed' })],
      'NOT_A_PARTY',
    ],
    [
      'a party on the case, but acting for someone else without a mandate for it',
      { personId: 'fullmektig', actingFor: 'klager' },
      [klager, fullmektig],
      [],
      'NOT_A_PARTY',
    ],
    [
      'acting for a LAWYER party (the firm staff)',
      agentFor('advokat'),
      parties,
      [mandate({ principalPersonId: 'advokat', role: 'PROXY' })],
      'NOT_A_PARTY',
    ],
    [
      'acting for a surviving relative on the case',
      agentFor('etterlatt'),
      [party('etterlatt', 'SURVIVING_RELATIVE')],
      [mandate({ principalPersonId: 'etterlatt', role: 'PROXY' })],
      { through: ['etterlatt', 'SURVIVING_RELATIVE'], as: 'PROXY' },
    ],
    // lawyers: their own registration, never a mandate alone
    ['a LAWYER mandate alone', agentFor('klager'), parties, [mandate({ role: 'LAWYER' })], 'NOT_A_PARTY'],
    [
      'a LAWYER mandate and registered as LAWYER: seen through the own row',
      agentFor('klager'),
      [klager, party('agent', 'LAWYER')],
      [mandate({ role: 'LAWYER' })],
      { through: ['agent', 'LAWYER'], as: 'LAWYER' },
    ],
    [
      'an unregistered LAWYER mandate does not hide a PROXY mandate',
      agentFor('klager'),
      parties,
      [mandate({ role: 'LAWYER' }), mandate({ role: 'PROXY' })],
      { through: ['klager', 'COMPLAINANT'], as: 'PROXY' },
    ],
    [
      'several roles: the first in mandate-role order',
      agentFor('klager'),
      parties,
      [mandate({ role: 'SURVIVING_RELATIVE' }), mandate({ role: 'PROXY', caseNumber: CASE })],
      { through: ['klager', 'COMPLAINANT'], as: 'PROXY' },
    ],
  ])('%s', (_why, viewer, caseParties, mandates, expected) => {
    const result = mayViewCase(viewer, caseParties, mandates, CASE, NOW);
    const seen: Seen | string = result.ok
      ? { through: [result.value.throughParty.personId, result.value.throughParty.role], as: result.value.as }
      : result.code;
    expect(seen).toEqual(expected);
  });
});
