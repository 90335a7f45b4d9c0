import { describe, expect, it } from 'vitest';
import { type CaseFacts, deltasFor, factsFromSnapshot, PATIENT_INJURY_BODY } from './projection.js';

const snapshot = (over: Record<string, unknown> = {}) => ({
  caseTypeCode: 'PSN_ANSVAR',
  firstInstanceBodyCode: 'NPE',
  board: 'PSN',
  receivedAt: '2026-01-31T23:30:00.000Z',
  status: 'RECEIVED',
  outcome: null,
  decidedAt: null,
  courtStatus: 'NONE',
  ...over,
});

describe('factsFromSnapshot', () => {
  it('places a case in its Norwegian month and counts whole weeks to the decision', () => {
    expect(
      factsFromSnapshot(
        snapshot({ status: 'DECIDED', outcome: 'UPHELD', decidedAt: '2026-03-01T10:00:00.000Z' }),
      ),
    ).toEqual({
      caseTypeCode: 'PSN_ANSVAR',
      board: 'PSN',
      firstInstanceBodyCode: 'NPE',
      receivedMonth: '2026-02',
      decidedMonth: '2026-03',
      outcome: 'UPHELD',
      processingWeeks: 4,
      courtStatus: 'NONE',
    });
  });

  it.each([
    ['no snapshot', null],
    ['no case type', snapshot({ caseTypeCode: null })],
    ['a malformed case type', snapshot({ caseTypeCode: "x'; drop" })],
    ['no receipt date', snapshot({ receivedAt: 'soon' })],
  ])('ignores an event with %s', (_label, s) => {
    expect(factsFromSnapshot(s as Record<string, unknown> | null)).toBeNull();
  });
});

const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  caseTypeCode: 'PSN_ANSVAR',
  board: 'PSN',
  firstInstanceBodyCode: PATIENT_INJURY_BODY,
  receivedMonth: '2026-02',
  decidedMonth: null,
  outcome: null,
  processingWeeks: null,
  courtStatus: 'NONE',
  ...over,
});

describe('deltasFor: a case counts by its newest facts only', () => {
  it('a new case adds one received', () => {
    const d = deltasFor([{ before: null, after: facts() }]);
    expect([...d.monthly.values()]).toEqual([
      { month: '2026-02', caseTypeCode: 'PSN_ANSVAR', board: 'PSN', body: 'NPE', received: 1, decided: 0 },
    ]);
    expect(d.outcome.size + d.histogram.size + d.court.size).toBe(0);
  });

  it('the same facts again change nothing (an event seen twice)', () => {
    const d = deltasFor([{ before: facts(), after: facts() }]);
    expect(d.monthly.size + d.outcome.size + d.histogram.size + d.court.size).toBe(0);
  });

  it('a decision adds one decided, its outcome and its processing time; a new decision replaces it', () => {
    const decided = facts({ decidedMonth: '2026-04', outcome: 'UPHELD', processingWeeks: 9 });
    const first = deltasFor([{ before: facts(), after: decided }]);
    expect([...first.monthly.values()]).toEqual([
      { month: '2026-04', caseTypeCode: 'PSN_ANSVAR', board: 'PSN', body: 'NPE', received: 0, decided: 1 },
    ]);
    expect([...first.outcome.values()]).toEqual([
      { month: '2026-04', caseTypeCode: 'PSN_ANSVAR', outcome: 'UPHELD', count: 1 },
    ]);
    const again = deltasFor([
      { before: decided, after: facts({ decidedMonth: '2026-06', outcome: 'QUASHED', processingWeeks: 18 }) },
    ]);
    expect([...again.outcome.values()].map((o) => [o.month, o.outcome, o.count])).toEqual([
      ['2026-04', 'UPHELD', -1],
      ['2026-06', 'QUASHED', 1],
    ]);
    expect([...again.histogram.values()].map((h) => [h.weeks, h.count])).toEqual([
      [9, -1],
      [18, 1],
    ]);
  });

  it('court cases count only for patient-injury complaints, and move with their status', () => {
    const inCourt = deltasFor([{ before: facts(), after: facts({ courtStatus: 'PENDING_IN_COURT' }) }]);
    expect([...inCourt.court.values()]).toEqual([
      { caseTypeCode: 'PSN_ANSVAR', courtStatus: 'PENDING_IN_COURT', count: 1 },
    ]);
    const moved = deltasFor([
      {
        before: facts({ courtStatus: 'PENDING_IN_COURT' }),
        after: facts({ courtStatus: 'JUDGMENT_NOT_FINAL' }),
      },
    ]);
    expect([...moved.court.values()].map((c) => [c.courtStatus, c.count])).toEqual([
      ['PENDING_IN_COURT', -1],
      ['JUDGMENT_NOT_FINAL', 1],
    ]);
    const other = deltasFor([
      { before: null, after: facts({ firstInstanceBodyCode: 'HTIL', courtStatus: 'PENDING_IN_COURT' }) },
    ]);
    expect(other.court.size).toBe(0);
  });
});
