import { describe, expect, it } from 'vitest';
import {
  type CaseFacts,
  decideDisclosure,
  sameName,
  stageOf,
  type WaiverFacts,
  waiversInForceFor,
} from './disclosure.js';

const NOW = new Date('2026-11-25T10:00:00Z');
const ASKER = { journalist: 'Rita Demo', newsroom: 'Eksempel-TV' };
const waiver = (over: Partial<WaiverFacts> = {}): WaiverFacts => ({
  journalist: 'Rita Demo',
  newsroom: 'Eksempel-TV',
  excludedTopics: [],
  validUntil: null,
  revokedAt: null,
  ...over,
});
const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  caseNumber: '26/00101',
  status: 'UNDER_PREPARATION',
  receivedAt: new Date('2026-09-01T08:00:00Z'),
  caseTypeCode: 'NPE_PASIENTSKADE',
  firstInstanceBodyCode: 'NPE',
  courtStatus: 'NONE',
  decision: null,
  waivers: [],
  ...over,
});

describe('decideDisclosure: the press page, branch by branch', () => {
  it('says nothing at all about a case pending in court, waiver or not', () => {
    const d = decideDisclosure(facts({ courtStatus: 'PENDING_IN_COURT', waivers: [waiver()] }), ASKER, NOW);
    expect(d).toMatchObject({ level: 'SAY_NOTHING', reason: 'PENDING_IN_COURT', process: null, stage: null });
  });

  it('says nothing about a judgment that is not final, even on a Helsetilsynet case', () => {
    const d = decideDisclosure(
      facts({
        courtStatus: 'JUDGMENT_NOT_FINAL',
        firstInstanceBodyCode: 'HTIL',
        caseTypeCode: 'HPN_ADVARSEL',
      }),
      ASKER,
      NOW,
    );
    expect(d).toMatchObject({
      level: 'SAY_NOTHING',
      reason: 'JUDGMENT_NOT_FINAL',
      outcome: null,
      stage: null,
    });
  });

  it('after a final judgment, the ordinary rules apply again', () => {
    const d = decideDisclosure(facts({ courtStatus: 'FINAL_JUDGMENT', waivers: [waiver()] }), ASKER, NOW);
    expect(d.level).toBe('PROCESS_ONLY');
  });

  it('neither confirms nor denies without a waiver', () => {
    const d = decideDisclosure(facts(), ASKER, NOW);
    expect(d).toMatchObject({ level: 'NEITHER_CONFIRM_NOR_DENY', reason: 'NO_WAIVER', waiverIssue: null });
    expect(d.process).toBeNull();
    expect(d.stage).toBeNull();
  });

  it.each<[string, WaiverFacts, string]>([
    ['for another journalist', waiver({ journalist: 'Jens Prøve' }), 'OTHER_JOURNALIST'],
    ['for the same journalist at another newsroom', waiver({ newsroom: 'Testavisa' }), 'OTHER_JOURNALIST'],
    ['that expired', waiver({ validUntil: new Date('2026-11-25T10:00:00Z') }), 'EXPIRED'],
    ['that was revoked', waiver({ revokedAt: new Date('2026-11-01T00:00:00Z') }), 'REVOKED'],
  ])('a waiver %s does not count: neither confirm nor deny (%s)', (_label, w, issue) => {
    const d = decideDisclosure(facts({ waivers: [w] }), ASKER, NOW);
    expect(d).toMatchObject({ level: 'NEITHER_CONFIRM_NOR_DENY', reason: 'NO_WAIVER', waiverIssue: issue });
    expect(d.process).toBeNull();
  });

  it('with a waiver in force: the process only (status, dates, processing time), and the excluded topics', () => {
    const d = decideDisclosure(
      facts({
        status: 'DECIDED',
        decision: { outcome: 'REVERSED_IN_PART', decidedAt: new Date('2026-11-11T12:00:00Z') },
        waivers: [
          waiver({
            journalist: ' rita  DEMO ',
            excludedTopics: ['diagnose'],
            validUntil: new Date('2027-01-01'),
          }),
          waiver({ excludedTopics: ['diagnose', 'behandlingssted'] }),
        ],
      }),
      ASKER,
      NOW,
    );
    expect(d).toMatchObject({
      level: 'PROCESS_ONLY',
      reason: 'WAIVER',
      process: {
        status: 'DECIDED',
        receivedAt: new Date('2026-09-01T08:00:00Z'),
        decidedAt: new Date('2026-11-11T12:00:00Z'),
        processingDays: 71,
      },
      excludedTopics: ['diagnose', 'behandlingssted'],
      waiverValidUntil: null,
    });
    // the outcome is content, not process
    expect(d.outcome).toBeNull();
  });

  it('an undecided case counts its processing days to now, and tells the waiver limit', () => {
    const d = decideDisclosure(
      facts({ waivers: [waiver({ validUntil: new Date('2027-02-01T00:00:00Z') })] }),
      ASKER,
      NOW,
    );
    expect(d.process).toEqual({
      status: 'UNDER_PREPARATION',
      receivedAt: new Date('2026-09-01T08:00:00Z'),
      decidedAt: null,
      processingDays: 85,
    });
    expect(d.waiverValidUntil).toEqual(new Date('2027-02-01T00:00:00Z'));
  });

  it.each<[CaseFacts['status'], string]>([
    ['RECEIVED', 'RECEIVED'],
    ['UNDER_PREPARATION', 'IN_PROGRESS'],
    ['SENT_TO_BOARD', 'IN_PROGRESS'],
    ['DECIDED', 'DECIDED'],
    ['REOPENED', 'IN_PROGRESS'],
  ])(
    'Helsetilsynet decisions: receipt, handling and decision may be confirmed without a waiver (%s → %s)',
    (status, stage) => {
      const d = decideDisclosure(
        facts({ status, firstInstanceBodyCode: 'HTIL', caseTypeCode: 'HPN_AUTORISASJON' }),
        ASKER,
        NOW,
      );
      expect(d).toMatchObject({
        level: 'CONFIRM_HANDLING',
        reason: 'HELSETILSYN_DECISION',
        stage,
        outcome: null,
      });
      expect(d.process).toBeNull();
    },
  );

  it('administrative reactions: the outcome may be given once decided', () => {
    const decided = decideDisclosure(
      facts({
        status: 'DECIDED',
        firstInstanceBodyCode: 'HTIL',
        caseTypeCode: 'HPN_TILBAKEKALL',
        decision: { outcome: 'UPHELD', decidedAt: new Date('2026-11-20T00:00:00Z') },
      }),
      ASKER,
      NOW,
    );
    expect(decided).toMatchObject({
      level: 'CONFIRM_HANDLING',
      reason: 'ADMINISTRATIVE_REACTION',
      stage: 'DECIDED',
      outcome: 'UPHELD',
    });
    const pending = decideDisclosure(
      facts({ firstInstanceBodyCode: 'HTIL', caseTypeCode: 'HPN_ADVARSEL' }),
      ASKER,
      NOW,
    );
    expect(pending).toMatchObject({ reason: 'ADMINISTRATIVE_REACTION', stage: 'IN_PROGRESS', outcome: null });
  });

  it('a complaint on another body’s decision about health personnel is not confirmed without a waiver', () => {
    const d = decideDisclosure(
      facts({ firstInstanceBodyCode: 'HDIR', caseTypeCode: 'HPN_AUTORISASJON' }),
      ASKER,
      NOW,
    );
    expect(d.level).toBe('NEITHER_CONFIRM_NOR_DENY');
  });
});

describe('waiversInForceFor', () => {
  it('prefers the reason about this journalist’s own waiver over another’s', () => {
    const result = waiversInForceFor(
      [waiver({ journalist: 'Jens Prøve' }), waiver({ revokedAt: NOW }), waiver({ validUntil: NOW })],
      ASKER,
      NOW,
    );
    expect(result).toEqual({ inForce: [], issue: 'REVOKED' });
  });

  it('counts a waiver until just before its limit', () => {
    const limit = new Date(NOW.getTime() + 1);
    expect(waiversInForceFor([waiver({ validUntil: limit })], ASKER, NOW).inForce).toHaveLength(1);
  });
});

describe('sameName', () => {
  it.each([
    ['Rita Demo', 'rita demo', true],
    ['  Rita   Demo ', 'Rita Demo', true],
    ['Ærlig Øye', 'ærlig øye', true],
    ['Rita Demo', 'Rita Demos', false],
  ])('%s ~ %s → %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });
});

describe('stageOf', () => {
  it('treats a reopened case as being handled again', () => {
    expect(stageOf('REOPENED')).toBe('IN_PROGRESS');
  });
});
