import { describe, expect, it } from 'vitest';
import { type ActingAs, type OverviewScope, overviewScope } from './overview.js';

describe('overviewScope', () => {
  it.each<[string, string | null, ActingAs[], OverviewScope | null]>([
    [
      'for oneself: every case one is party to',
      null,
      [],
      { partyPersonId: 'me', excludeLawyerRows: false, caseNumbers: null },
    ],
    [
      'acting for oneself counts as oneself',
      'me',
      [],
      { partyPersonId: 'me', excludeLawyerRows: false, caseNumbers: null },
    ],
    ['for someone without a mandate: nothing', 'them', [], null],
    [
      'a general mandate: all their cases',
      'them',
      [{ role: 'GUARDIAN', caseNumber: null }],
      { partyPersonId: 'them', excludeLawyerRows: true, caseNumbers: null },
    ],
    [
      'case mandates: those cases only',
      'them',
      [
        { role: 'PROXY', caseNumber: '26/00102' },
        { role: 'GUARDIAN', caseNumber: '26/00101' },
        { role: 'LAWYER', caseNumber: '26/00101' },
      ],
      { partyPersonId: 'them', excludeLawyerRows: true, caseNumbers: ['26/00101', '26/00102'] },
    ],
    [
      'a general mandate beside a case mandate: all',
      'them',
      [
        { role: 'PROXY', caseNumber: '26/00102' },
        { role: 'SURVIVING_RELATIVE', caseNumber: null },
      ],
      { partyPersonId: 'them', excludeLawyerRows: true, caseNumbers: null },
    ],
  ])('%s', (_why, actingFor, actingAs, expected) => {
    expect(overviewScope({ personId: 'me', actingFor, actingAs })).toEqual(expected);
  });
});
