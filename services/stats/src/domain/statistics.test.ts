import { describe, expect, it } from 'vitest';
import { type CaseTypeYear, summariseYear } from './statistics.js';

describe('summariseYear', () => {
  const rows: CaseTypeYear[] = [
    { year: 2026, caseTypeCode: 'PSN_ANSVAR', received: 40, decided: 31 },
    { year: 2026, caseTypeCode: 'HELFO_FRIKORT', received: 12, decided: 15 },
    { year: 2026, caseTypeCode: 'APN_ADVARSEL', received: 12, decided: 2 },
    { year: 2025, caseTypeCode: 'PSN_ANSVAR', received: 99, decided: 98 },
  ];

  it('adds up only the asked year', () => {
    const stats = summariseYear(2026, rows);
    expect(stats).toMatchObject({ year: 2026, received: 64, decided: 48 });
  });

  it('lists case types busiest first, ties by code', () => {
    expect(summariseYear(2026, rows).byCaseType.map((r) => r.caseTypeCode)).toEqual([
      'PSN_ANSVAR',
      'APN_ADVARSEL',
      'HELFO_FRIKORT',
    ]);
  });

  it('gives zeros for a year without rows', () => {
    expect(summariseYear(2020, rows)).toEqual({ year: 2020, received: 0, decided: 0, byCaseType: [] });
  });
});
