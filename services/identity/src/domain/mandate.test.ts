import { describe, expect, it } from 'vitest';
import {
  actingAs,
  hasGuardian,
  isMandateValidAt,
  type Mandate,
  type MandateRole,
  mayActFor,
} from './mandate.js';

const NOW = new Date('2026-05-01T12:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let n = 0;
const mandate = (over: Partial<Mandate>): Mandate => ({
  id: `m${++n}`,
  agentPersonId: 'agent',
  principalPersonId: 'principal',
  role: 'LAWYER',
  caseNumber: null,
  validFrom: day('2026-01-01'),
  validUntil: null,
  source: 'test',
  ...over,
});

describe('isMandateValidAt', () => {
  it.each<[string, Date, Date | null, boolean]>([
    ['open-ended, started', day('2026-01-01'), null, true],
    ['starts exactly now', NOW, null, true],
    ['starts later', day('2026-06-01'), null, false],
    ['ended before now', day('2026-01-01'), day('2026-04-30'), false],
    ['ends exactly now (end is exclusive)', day('2026-01-01'), NOW, false],
    ['ends later', day('2026-01-01'), day('2026-12-31'), true],
  ])('%s → %s', (_why, validFrom, validUntil, expected) => {
    expect(isMandateValidAt({ validFrom, validUntil }, NOW)).toBe(expected);
  });
});

describe('mayActFor', () => {
  it.each<[string, Mandate[], string | undefined, MandateRole[]]>([
    ['no mandates', [], undefined, []],
    ['a general lawyer mandate', [mandate({})], undefined, ['LAWYER']],
    ['a general mandate counts on any case', [mandate({})], '26/00101', ['LAWYER']],
    ['a case mandate on its case', [mandate({ caseNumber: '26/00101' })], '26/00101', ['LAWYER']],
    ['a case mandate on another case', [mandate({ caseNumber: '26/00101' })], '26/00102', []],
    ['a case mandate for a general question', [mandate({ caseNumber: '26/00101' })], undefined, []],
    ['expired', [mandate({ validUntil: day('2026-02-01') })], undefined, []],
    ['not yet started', [mandate({ validFrom: day('2026-06-01') })], undefined, []],
    ['another agent', [mandate({ agentPersonId: 'someone-else' })], undefined, []],
    ['another principal', [mandate({ principalPersonId: 'someone-else' })], undefined, []],
    [
      'the other direction',
      [mandate({ agentPersonId: 'principal', principalPersonId: 'agent' })],
      undefined,
      [],
    ],
    [
      'several roles, each once, in a fixed order',
      [
        mandate({ role: 'SURVIVING_RELATIVE', caseNumber: '26/00101' }),
        mandate({ role: 'PROXY' }),
        mandate({ role: 'PROXY', caseNumber: '26/00101' }),
        mandate({ role: 'LAWYER', validUntil: day('2026-02-01') }),
      ],
      '26/00101',
      ['PROXY', 'SURVIVING_RELATIVE'],
    ],
  ])('%s → %j', (_why, mandates, caseNumber, expected) => {
    expect(mayActFor(mandates, 'agent', 'principal', NOW, caseNumber)).toEqual(expected);
  });
});

describe('actingAs', () => {
  type Row = { role: MandateRole; caseNumber: string | null };
  it.each<[string, Mandate[], Row[]]>([
    ['no mandates', [], []],
    ['a general mandate', [mandate({ role: 'PROXY' })], [{ role: 'PROXY', caseNumber: null }]],
    [
      'a case mandate counts too, with its case',
      [mandate({ caseNumber: '26/00101' })],
      [{ role: 'LAWYER', caseNumber: '26/00101' }],
    ],
    ['expired', [mandate({ validUntil: NOW })], []],
    ['not yet started', [mandate({ validFrom: day('2026-06-01') })], []],
    ['another agent', [mandate({ agentPersonId: 'x' })], []],
    ['another principal', [mandate({ principalPersonId: 'x' })], []],
    [
      'each (role, case) once, in role order, general first',
      [
        mandate({ role: 'GUARDIAN', caseNumber: '26/00102' }),
        mandate({ role: 'GUARDIAN' }),
        mandate({ role: 'PROXY', caseNumber: '26/00101' }),
        mandate({ role: 'PROXY', caseNumber: '26/00101', source: 'again' }),
      ],
      [
        { role: 'PROXY', caseNumber: '26/00101' },
        { role: 'GUARDIAN', caseNumber: null },
        { role: 'GUARDIAN', caseNumber: '26/00102' },
      ],
    ],
  ])('%s', (_why, mandates, expected) => {
    expect(actingAs(mandates, 'agent', 'principal', NOW)).toEqual(expected);
  });
});

describe('hasGuardian', () => {
  it.each<[string, Mandate[], boolean]>([
    ['no mandates', [], false],
    ['a guardian in force', [mandate({ role: 'GUARDIAN' })], true],
    ['a guardian for one case only', [mandate({ role: 'GUARDIAN', caseNumber: '26/00101' })], true],
    ['a guardianship that has ended', [mandate({ role: 'GUARDIAN', validUntil: day('2026-03-01') })], false],
    ['a guardianship not yet started', [mandate({ role: 'GUARDIAN', validFrom: day('2026-09-01') })], false],
    ['a lawyer is not a guardian', [mandate({ role: 'LAWYER' })], false],
    [
      'the person is the guardian of someone else',
      [mandate({ role: 'GUARDIAN', principalPersonId: 'x' })],
      false,
    ],
  ])('%s → %s', (_why, mandates, expected) => {
    expect(hasGuardian(mandates, 'principal', NOW)).toBe(expected);
  });
});
