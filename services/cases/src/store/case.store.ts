import { randomUUID } from 'node:crypto';
import { err, ok, type Result } from '@klageportal/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Case, CaseDetails, CaseStatus, CourtStatus, StatusEvent } from '../domain/case.js';
import { CaseRecord, CaseStatusEventRecord } from './entities/index.js';
import { appendCaseEvents } from './outbox.store.js';

const toCase = (r: CaseRecord): Case => ({
  id: r.id,
  caseNumber: r.caseNumber,
  caseTypeCode: r.caseType.code,
  firstInstanceBodyCode: r.firstInstanceBody.code,
  receivedAt: r.receivedAt,
  status: r.status,
});

export async function findCasesByIds(em: EntityManager, ids: readonly string[]): Promise<Case[]> {
  const rows = await em.find(CaseRecord, { id: { $in: [...ids] } });
  return rows.map(toCase);
}

/** Case ids by case number (one statement for many; unknown numbers are left out). */
export async function findCaseIdsByNumbers(
  em: EntityManager,
  caseNumbers: readonly string[],
): Promise<{ id: string; caseNumber: string }[]> {
  const rows = await em.find(
    CaseRecord,
    { caseNumber: { $in: [...caseNumbers] } },
    { fields: ['id', 'caseNumber'] },
  );
  return rows.map((r) => ({ id: r.id, caseNumber: r.caseNumber }));
}

/**
 * The status timelines of many cases in one statement, each in the order it happened: every
 * asked id is a key, [] when it has no events.
 */
export async function findTimelines(
  em: EntityManager,
  caseIds: readonly string[],
): Promise<Map<string, StatusEvent[]>> {
  const timelines = new Map<string, StatusEvent[]>(caseIds.map((id) => [id, []]));
  if (caseIds.length === 0) return timelines;
  const rows = await em.find(
    CaseStatusEventRecord,
    { caseId: { $in: [...new Set(caseIds)] } },
    { orderBy: { caseId: 'asc', at: 'asc', id: 'asc' }, disableIdentityMap: true },
  );
  for (const row of rows) timelines.get(row.caseId)?.push({ status: row.status, at: row.at });
  return timelines;
}

/**
 * Records that the case entered `status` at `at`, and makes it the case's current status (its
 * `updated_at` becomes `at`), in one transaction. Whether the step is allowed is the caller's rule.
 */
export async function appendStatusEvent(
  em: EntityManager,
  caseId: string,
  status: CaseStatus,
  at: Date,
): Promise<StatusEvent> {
  await em.transactional(async (tx) => {
    await tx.insert(CaseStatusEventRecord, { id: randomUUID(), caseId, status, at });
    await tx.nativeUpdate(CaseRecord, { id: caseId }, { status, updatedAt: at });
  });
  return { status, at };
}

/**
 * Cases with their board, decision in force, court status and timeline, in two statements
 * (cases joined with their types, then the timelines). A case without a recorded board has its
 * type's board.
 */
export async function findCaseDetailsByIds(
  em: EntityManager,
  ids: readonly string[],
): Promise<CaseDetails[]> {
  if (ids.length === 0) return [];
  const rows = await em.find(
    CaseRecord,
    { id: { $in: [...ids] } },
    { populate: ['caseType'], strategy: 'joined', disableIdentityMap: true },
  );
  const timelines = await findTimelines(
    em,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...toCase(r),
    board: r.board ?? r.caseType.board,
    decision:
      r.outcome !== null && r.decidedAt !== null ? { outcome: r.outcome, decidedAt: r.decidedAt } : null,
    courtStatus: r.courtStatus,
    timeline: timelines.get(r.id) ?? [],
  }));
}

export type NewCase = {
  /**
   * The case number given, or how to take the year's next one: under a lock per year inside the
   * insert's transaction, so concurrent registrations never race for the same number.
   */
  caseNumber: string | { yy: string; next: (last: string | null) => string | null };
  caseTypeCode: string;
  firstInstanceBodyCode: string;
  board: string;
  receivedAt: Date;
};

/**
 * Registers a case as RECEIVED at `receivedAt` (its first timeline entry), in one transaction.
 * A case number is taken once: a second registration is `CASE_NUMBER_TAKEN` and changes nothing.
 */
export async function insertCase(
  em: EntityManager,
  input: NewCase,
  now: Date,
): Promise<Result<CaseDetails, 'CASE_NUMBER_TAKEN' | 'INVALID_CASE_NUMBER'>> {
  const id = randomUUID();
  let caseNumber: string | null = typeof input.caseNumber === 'string' ? input.caseNumber : null;
  const inserted = await em.transactional(async (tx) => {
    if (typeof input.caseNumber !== 'string') {
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [
        `cases.case_number.${input.caseNumber.yy}`,
      ]);
      caseNumber = input.caseNumber.next(
        await lastCaseNumberOfYear(tx as EntityManager, input.caseNumber.yy),
      );
      if (!caseNumber) return null;
    }
    const res = await tx
      .createQueryBuilder(CaseRecord)
      .insert({
        id,
        caseNumber: caseNumber!,
        caseType: input.caseTypeCode,
        firstInstanceBody: input.firstInstanceBodyCode,
        board: input.board,
        receivedAt: input.receivedAt,
        status: 'RECEIVED',
        courtStatus: 'NONE',
        updatedAt: now,
      })
      .onConflict('caseNumber')
      .ignore()
      .execute('run');
    if (res.affectedRows === 0) return false;
    await tx.insert(CaseStatusEventRecord, {
      id: randomUUID(),
      caseId: id,
      status: 'RECEIVED',
      at: input.receivedAt,
    });
    await appendCaseEvents(tx as EntityManager, 'CASE_RECEIVED', [id], now);
    return true;
  });
  if (inserted === null) return err('INVALID_CASE_NUMBER');
  if (!inserted) return err('CASE_NUMBER_TAKEN');
  return ok({
    id,
    caseNumber: caseNumber!,
    caseTypeCode: input.caseTypeCode,
    firstInstanceBodyCode: input.firstInstanceBodyCode,
    receivedAt: input.receivedAt,
    status: 'RECEIVED',
    board: input.board,
    decision: null,
    courtStatus: 'NONE',
    timeline: [{ status: 'RECEIVED', at: input.receivedAt }],
  });
}

/** The highest case number of a year (`YY/NNNNN`), or null when there is none yet. */
export async function lastCaseNumberOfYear(em: EntityManager, yy: string): Promise<string | null> {
  const [row] = await em.execute<{ case_number: string }[]>(
    `select case_number from cases.complaint_case where case_number ~ ? order by case_number desc limit 1`,
    [`^${yy}/[0-9]{5}$`],
  );
  return row?.case_number ?? null;
}

/**
 * Stores a status change decided by decideStatusChange: the new status and decision, and the new
 * last timeline entry, in one transaction; the case's `updated_at` becomes `at`. The update
 * only applies while the case is still in `from` (a concurrent change wins, and this one is
 * `CHANGED_MEANWHILE`).
 */
export async function saveStatusChange(
  em: EntityManager,
  caseId: string,
  from: CaseStatus,
  after: CaseDetails,
  at: Date,
): Promise<Result<true, 'CHANGED_MEANWHILE'>> {
  const changed = await em.transactional(async (tx) => {
    const rows = await tx.nativeUpdate(
      CaseRecord,
      { id: caseId, status: from },
      {
        status: after.status,
        outcome: after.decision?.outcome ?? null,
        decidedAt: after.decision?.decidedAt ?? null,
        updatedAt: at,
      },
    );
    if (rows === 0) return false;
    await tx.insert(CaseStatusEventRecord, { id: randomUUID(), caseId, status: after.status, at });
    await appendCaseEvents(tx as EntityManager, 'STATUS_CHANGED', [caseId], at);
    return true;
  });
  return changed ? ok(true) : err('CHANGED_MEANWHILE');
}

/** Sets the court status; `updated_at` becomes `at`. False when there is no such case. */
export async function saveCourtStatus(
  em: EntityManager,
  caseId: string,
  courtStatus: CourtStatus,
  at: Date,
): Promise<boolean> {
  return em.transactional(async (tx) => {
    if ((await tx.nativeUpdate(CaseRecord, { id: caseId }, { courtStatus, updatedAt: at })) === 0)
      return false;
    await appendCaseEvents(tx as EntityManager, 'COURT_STATUS_CHANGED', [caseId], at);
    return true;
  });
}
