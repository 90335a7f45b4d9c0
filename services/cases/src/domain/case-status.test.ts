import { describe, expect, it } from 'vitest';
import type { CaseDecision, CaseDetails, CaseStatus } from './case.js';
import {
  decideStatusChange,
  mayChangeStatus,
  type StatusChange,
  type StatusChangeRefusal,
} from './case-status.js';

const NOW = new Date('2026-05-01T12:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('mayChangeStatus', () => {
  it.each<[CaseStatus, CaseStatus, boolean]>([
    ['RECEIVED', 'RECEIVED', false],
    ['RECEIVED', 'UNDER_PREPARATION', true],
    ['RECEIVED', 'SENT_TO_BOARD', false],
    ['RECEIVED', 'DECIDED', false],
    ['RECEIVED', 'REOPENED', false],
    ['UNDER_PREPARATION', 'RECEIVED', false],
    ['UNDER_PREPARATION', 'UNDER_PREPARATION', false],
    ['UNDER_PREPARATION', 'SENT_TO_BOARD', true],
    ['UNDER_PREPARATION', 'DECIDED', true],
    ['UNDER_PREPARATION', 'REOPENED', false],
    ['SENT_TO_BOARD', 'RECEIVED', false],
    ['SENT_TO_BOARD', 'UNDER_PREPARATION', true],
    ['SENT_TO_BOARD', 'SENT_TO_BOARD', false],
    ['SENT_TO_BOARD', 'DECIDED', true],
    ['SENT_TO_BOARD', 'REOPENED', false],
    ['DECIDED', 'RECEIVED', false],
    ['DECIDED', 'UNDER_PREPARATION', false],
    ['DECIDED', 'SENT_TO_BOARD', false],
    ['DECIDED', 'DECIDED', false],
    ['DECIDED', 'REOPENED', true],
    ['REOPENED', 'RECEIVED', false],
    ['REOPENED', 'UNDER_PREPARATION', true],
    ['REOPENED', 'SENT_TO_BOARD', false],
    ['REOPENED', 'DECIDED', false],
    ['REOPENED', 'REOPENED', false],
  ])('%s → %s: %s', (from, to, allowed) => {
    const result = mayChangeStatus(from, to);
    expect(result.ok ? true : result.code).toBe(allowed ? true : 'TRANSITION_NOT_ALLOWED');
  });
});

const RECEIVED_AT = new Date('2026-01-14T09:12:00Z');
const PREVIOUS: CaseDecision = { outcome: 'UPHELD', decidedAt: day('2026-03-10') };

const aCase = (over: Partial<CaseDetails> = {}): CaseDetails => ({
  id: 'c1',
  caseNumber: '26/00101',
  caseTypeCode: 'PSN_ANSVAR',
  firstInstanceBodyCode: 'NPE',
  receivedAt: RECEIVED_AT,
  status: 'UNDER_PREPARATION',
  board: 'PSN',
  decision: null,
  courtStatus: 'NONE',
  timeline: [
    { status: 'RECEIVED', at: RECEIVED_AT },
    { status: 'UNDER_PREPARATION', at: day('2026-02-01') },
  ],
  ...over,
});
const decided = aCase({ status: 'DECIDED', decision: PREVIOUS, courtStatus: 'PENDING_IN_COURT' });
const reopenedInPreparation = aCase({ status: 'UNDER_PREPARATION', decision: PREVIOUS });
const decide = (decidedAt: Date): StatusChange => ({ to: 'DECIDED', outcome: 'REVERSED_IN_PART', decidedAt });

describe('decideStatusChange', () => {
  it.each<[string, CaseDetails, StatusChange, StatusChangeRefusal | { decision: CaseDecision | null }]>([
    // the transition table
    [
      'received → under preparation',
      aCase({ status: 'RECEIVED' }),
      { to: 'UNDER_PREPARATION' },
      { decision: null },
    ],
    [
      'received → decided, even with a decision',
      aCase({ status: 'RECEIVED' }),
      decide(day('2026-04-01')),
      'TRANSITION_NOT_ALLOWED',
    ],
    ['nothing goes back to received', decided, { to: 'RECEIVED' }, 'TRANSITION_NOT_ALLOWED'],
    [
      'a decided case is not decided again without reopening',
      decided,
      decide(day('2026-04-01')),
      'TRANSITION_NOT_ALLOWED',
    ],
    // boards
    ['to a board, for a board case', aCase(), { to: 'SENT_TO_BOARD' }, { decision: null }],
    [
      'to a board, for a case Helseklage decides itself',
      aCase({ board: 'HELSEKLAGE' }),
      { to: 'SENT_TO_BOARD' },
      'NO_BOARD',
    ],
    [
      'back from the board for more investigation',
      aCase({ status: 'SENT_TO_BOARD' }),
      { to: 'UNDER_PREPARATION' },
      { decision: null },
    ],
    // deciding
    [
      'decided by Helseklage itself',
      aCase({ board: 'HELSEKLAGE' }),
      decide(day('2026-04-01')),
      { decision: { outcome: 'REVERSED_IN_PART', decidedAt: day('2026-04-01') } },
    ],
    [
      'decided by the board',
      aCase({ status: 'SENT_TO_BOARD' }),
      { to: 'DECIDED', outcome: 'DISMISSED', decidedAt: day('2026-04-01') },
      { decision: { outcome: 'DISMISSED', decidedAt: day('2026-04-01') } },
    ],
    [
      'decided without an outcome',
      aCase(),
      { to: 'DECIDED', decidedAt: day('2026-04-01') },
      'OUTCOME_REQUIRED',
    ],
    [
      'decided with a null outcome',
      aCase(),
      { to: 'DECIDED', outcome: null, decidedAt: day('2026-04-01') },
      'OUTCOME_REQUIRED',
    ],
    ['decided without a date', aCase(), { to: 'DECIDED', outcome: 'UPHELD' }, 'DECISION_DATE_REQUIRED'],
    ['decided in the future', aCase(), decide(new Date(NOW.getTime() + 1)), 'DECISION_DATE_IN_FUTURE'],
    [
      'decided exactly now',
      aCase(),
      decide(NOW),
      { decision: { outcome: 'REVERSED_IN_PART', decidedAt: NOW } },
    ],
    [
      'decided before the case was received',
      aCase(),
      decide(new Date(RECEIVED_AT.getTime() - 1)),
      'DECISION_DATE_BEFORE_RECEIVED',
    ],
    [
      'decided the moment it was received',
      aCase(),
      decide(RECEIVED_AT),
      { decision: { outcome: 'REVERSED_IN_PART', decidedAt: RECEIVED_AT } },
    ],
    // reopening
    ['reopening keeps the decision in force', decided, { to: 'REOPENED' }, { decision: PREVIOUS }],
    [
      'reopened → under preparation',
      aCase({ status: 'REOPENED', decision: PREVIOUS }),
      { to: 'UNDER_PREPARATION' },
      { decision: PREVIOUS },
    ],
    [
      'a new decision after reopening replaces the old one',
      reopenedInPreparation,
      decide(day('2026-04-01')),
      { decision: { outcome: 'REVERSED_IN_PART', decidedAt: day('2026-04-01') } },
    ],
    [
      'a new decision dated the same as the old one',
      reopenedInPreparation,
      decide(PREVIOUS.decidedAt),
      'DECISION_DATE_NOT_AFTER_PREVIOUS',
    ],
    [
      'a new decision dated before the old one',
      reopenedInPreparation,
      decide(day('2026-03-01')),
      'DECISION_DATE_NOT_AFTER_PREVIOUS',
    ],
    // a decision only goes with DECIDED
    ['an outcome with a reopening', decided, { to: 'REOPENED', outcome: 'UPHELD' }, 'DECISION_NOT_EXPECTED'],
    [
      'a decision date with another move',
      aCase({ status: 'RECEIVED' }),
      { to: 'UNDER_PREPARATION', decidedAt: day('2026-04-01') },
      'DECISION_NOT_EXPECTED',
    ],
    [
      'explicit nulls with another move are no decision',
      aCase({ status: 'RECEIVED' }),
      { to: 'UNDER_PREPARATION', outcome: null, decidedAt: null },
      { decision: null },
    ],
    // the timeline stays in order
    [
      'registered before the last timeline entry',
      aCase({ timeline: [{ status: 'UNDER_PREPARATION', at: new Date(NOW.getTime() + 1) }] }),
      { to: 'SENT_TO_BOARD' },
      'BEFORE_LAST_STATUS_CHANGE',
    ],
    [
      'registered at the same moment as the last entry',
      aCase({ timeline: [{ status: 'UNDER_PREPARATION', at: NOW }] }),
      { to: 'SENT_TO_BOARD' },
      { decision: null },
    ],
    ['a case without a timeline yet', aCase({ timeline: [] }), { to: 'SENT_TO_BOARD' }, { decision: null }],
  ])('%s', (_why, current, change, expected) => {
    const result = decideStatusChange(current, change, NOW);
    if (typeof expected === 'string') {
      expect(result.ok ? 'OK' : result.code).toBe(expected);
      return;
    }
    expect(result).toEqual({
      ok: true,
      value: {
        ...current,
        status: change.to,
        decision: expected.decision,
        timeline: [...current.timeline, { status: change.to, at: NOW }],
      },
    });
  });
});
