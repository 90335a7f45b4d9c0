import { monthOf } from './period.js';
import { weeksBetween } from './processing-time.js';

/**
 * How a case counts in the statistics, from the facts its latest event carries. Every count is a
 * sum of contributions of cases' *current* facts, so applying a case's newest facts in place of
 * its previous ones (subtract the old contribution, add the new) gives the same projections
 * whatever the order and however often an event is seen: a rebuild from scratch equals the
 * running projections.
 */
export type CaseFacts = {
  caseTypeCode: string;
  board: string;
  firstInstanceBodyCode: string;
  receivedMonth: string;
  /** Month of the decision in force (kept while a reopened case awaits a new one). */
  decidedMonth: string | null;
  outcome: string | null;
  processingWeeks: number | null;
  courtStatus: string;
};

/**
 * "Rettssaker som gjelder pasientskadeerstatning": the court-case figures are about complaints on
 * Norsk pasientskadeerstatning's decisions.
 */
export const PATIENT_INJURY_BODY = 'NPE';

const CODE = /^[A-Z0-9_]{1,64}$/;
const str = (v: unknown) => (typeof v === 'string' ? v : null);
const date = (v: unknown) => {
  const d = typeof v === 'string' ? new Date(v) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
};

/** The facts of an event's snapshot, or null when it carries none (or not in the expected shape). */
export function factsFromSnapshot(snapshot: Record<string, unknown> | null | undefined): CaseFacts | null {
  if (!snapshot) return null;
  const caseTypeCode = str(snapshot.caseTypeCode);
  const body = str(snapshot.firstInstanceBodyCode);
  const receivedAt = date(snapshot.receivedAt);
  if (!caseTypeCode || !CODE.test(caseTypeCode) || !body || !receivedAt) return null;
  const decidedAt = date(snapshot.decidedAt);
  const outcome = str(snapshot.outcome);
  const decided = decidedAt !== null && outcome !== null;
  return {
    caseTypeCode,
    board: str(snapshot.board) ?? 'UNKNOWN',
    firstInstanceBodyCode: body,
    receivedMonth: monthOf(receivedAt),
    decidedMonth: decided ? monthOf(decidedAt) : null,
    outcome: decided ? outcome : null,
    processingWeeks: decided ? weeksBetween(receivedAt, decidedAt) : null,
    courtStatus: str(snapshot.courtStatus) ?? 'NONE',
  };
}

export type Deltas = {
  monthly: Map<
    string,
    { month: string; caseTypeCode: string; board: string; body: string; received: number; decided: number }
  >;
  outcome: Map<string, { month: string; caseTypeCode: string; outcome: string; count: number }>;
  histogram: Map<string, { month: string; caseTypeCode: string; weeks: number; count: number }>;
  court: Map<string, { caseTypeCode: string; courtStatus: string; count: number }>;
};

export const emptyDeltas = (): Deltas => ({
  monthly: new Map(),
  outcome: new Map(),
  histogram: new Map(),
  court: new Map(),
});

/** Adds `sign` × the contribution of a case with these facts. */
export function addContribution(deltas: Deltas, f: CaseFacts, sign: 1 | -1): void {
  const monthly = (month: string, field: 'received' | 'decided') => {
    const key = `${month}|${f.caseTypeCode}`;
    const row = deltas.monthly.get(key) ?? {
      month,
      caseTypeCode: f.caseTypeCode,
      board: f.board,
      body: f.firstInstanceBodyCode,
      received: 0,
      decided: 0,
    };
    row[field] += sign;
    deltas.monthly.set(key, row);
  };
  monthly(f.receivedMonth, 'received');
  if (f.decidedMonth && f.outcome && f.processingWeeks !== null) {
    monthly(f.decidedMonth, 'decided');
    const ok = `${f.decidedMonth}|${f.caseTypeCode}|${f.outcome}`;
    const o = deltas.outcome.get(ok) ?? {
      month: f.decidedMonth,
      caseTypeCode: f.caseTypeCode,
      outcome: f.outcome,
      count: 0,
    };
    o.count += sign;
    deltas.outcome.set(ok, o);
    const hk = `${f.decidedMonth}|${f.caseTypeCode}|${f.processingWeeks}`;
    const h = deltas.histogram.get(hk) ?? {
      month: f.decidedMonth,
      caseTypeCode: f.caseTypeCode,
      weeks: f.processingWeeks,
      count: 0,
    };
    h.count += sign;
    deltas.histogram.set(hk, h);
  }
  if (f.firstInstanceBodyCode === PATIENT_INJURY_BODY && f.courtStatus !== 'NONE') {
    const ck = `${f.caseTypeCode}|${f.courtStatus}`;
    const c = deltas.court.get(ck) ?? { caseTypeCode: f.caseTypeCode, courtStatus: f.courtStatus, count: 0 };
    c.count += sign;
    deltas.court.set(ck, c);
  }
}

/**
 * The change to every count when cases move from their previous facts (null: new to us) to their
 * newest: zero changes left out.
 */
export function deltasFor(changes: readonly { before: CaseFacts | null; after: CaseFacts }[]): Deltas {
  const deltas = emptyDeltas();
  for (const { before, after } of changes) {
    if (before) addContribution(deltas, before, -1);
    addContribution(deltas, after, 1);
  }
  for (const [k, v] of deltas.monthly) if (v.received === 0 && v.decided === 0) deltas.monthly.delete(k);
  for (const map of [deltas.outcome, deltas.histogram, deltas.court] as Map<string, { count: number }>[])
    for (const [k, v] of map) if (v.count === 0) map.delete(k);
  return deltas;
}
