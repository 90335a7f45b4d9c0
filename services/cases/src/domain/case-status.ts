import { err, ok, type Result } from '@klageportal/kit';
import type { CaseDetails, CaseStatus, Outcome } from './case.js';

/**
 * Which status may follow which, from the body's process (helseklage.md §4, lines 117–151):
 * a received case is prepared (investigated); it is then decided by Helseklage itself or under
 * delegated authority, or goes to a board with an innstilling; the board decides. A decided case
 * can be reopened (gjenopptak, line 142), and a reopened case is prepared again. Nothing goes back
 * to RECEIVED, and a decided case changes only by being reopened.
 *
 * Inferred (the reference shows no step for it): a board may send a case back for more
 * investigation (SENT_TO_BOARD → UNDER_PREPARATION). No case is decided straight from RECEIVED
 * or REOPENED: every decision follows a legal assessment (line 124–126).
 */
export const STATUS_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  RECEIVED: ['UNDER_PREPARATION'],
  UNDER_PREPARATION: ['SENT_TO_BOARD', 'DECIDED'],
  SENT_TO_BOARD: ['UNDER_PREPARATION', 'DECIDED'],
  DECIDED: ['REOPENED'],
  REOPENED: ['UNDER_PREPARATION'],
};

/** A status may change only along STATUS_TRANSITIONS; staying in the same status is no change. */
export function mayChangeStatus(from: CaseStatus, to: CaseStatus): Result<true, 'TRANSITION_NOT_ALLOWED'> {
  return STATUS_TRANSITIONS[from].includes(to) ? ok(true) : err('TRANSITION_NOT_ALLOWED');
}

/** A case officer's status change; the decision's outcome and date go with a move to DECIDED only. */
export type StatusChange = {
  to: CaseStatus;
  outcome?: Outcome | null;
  decidedAt?: Date | null;
};

export type StatusChangeRefusal =
  | 'TRANSITION_NOT_ALLOWED'
  | 'NO_BOARD'
  | 'OUTCOME_REQUIRED'
  | 'DECISION_DATE_REQUIRED'
  | 'DECISION_DATE_IN_FUTURE'
  | 'DECISION_DATE_BEFORE_RECEIVED'
  | 'DECISION_DATE_NOT_AFTER_PREVIOUS'
  | 'DECISION_NOT_EXPECTED'
  | 'BEFORE_LAST_STATUS_CHANGE';

/** Helseklage's own code in case-types.json `board_or_unit`: it decides these itself, with no board. */
const DECIDED_BY_HELSEKLAGE = 'HELSEKLAGE';

/**
 * The case after a status change registered at `now`, or why the change is refused:
 *
 * - the move must be allowed (mayChangeStatus);
 * - only a case that a board decides goes to a board: not one Helseklage decides itself
 *   (board `HELSEKLAGE`, helseklage.md line 64) (NO_BOARD);
 * - a move to DECIDED needs the outcome and the decision date (issue). The date is not after
 *   `now`, not before the case was received, and, for a reopened case, after the decision it
 *   replaces. Outcome or date with any other move is refused (DECISION_NOT_EXPECTED);
 * - the timeline stays in order: `now` is not before its last entry.
 *
 * The new status is appended to the timeline at `now`. Reopening keeps the decision in force
 * until a new decision replaces it; court status is not touched.
 */
export function decideStatusChange(
  current: CaseDetails,
  change: StatusChange,
  now: Date,
): Result<CaseDetails, StatusChangeRefusal> {
  const allowed = mayChangeStatus(current.status, change.to);
  if (!allowed.ok) return allowed;
  if (change.to === 'SENT_TO_BOARD' && current.board === DECIDED_BY_HELSEKLAGE) return err('NO_BOARD');

  const outcome = change.outcome ?? null;
  const decidedAt = change.decidedAt ?? null;
  let decision = current.decision;
  if (change.to === 'DECIDED') {
    if (outcome === null) return err('OUTCOME_REQUIRED');
    if (decidedAt === null) return err('DECISION_DATE_REQUIRED');
    if (decidedAt > now) return err('DECISION_DATE_IN_FUTURE');
    if (decidedAt < current.receivedAt) return err('DECISION_DATE_BEFORE_RECEIVED');
    if (current.decision && decidedAt <= current.decision.decidedAt) {
      return err('DECISION_DATE_NOT_AFTER_PREVIOUS');
    }
    decision = { outcome, decidedAt };
  } else if (outcome !== null || decidedAt !== null) {
    return err('DECISION_NOT_EXPECTED');
  }

  const last = current.timeline.at(-1);
  if (last && now < last.at) return err('BEFORE_LAST_STATUS_CHANGE');
  return ok({
    ...current,
    status: change.to,
    decision,
    timeline: [...current.timeline, { status: change.to, at: now }],
  });
}
