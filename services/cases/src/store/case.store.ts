import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Case, CaseDetails, CaseStatus, StatusEvent } from '../domain/case.js';
import { CaseRecord, CaseStatusEventRecord } from './entities/index.js';

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
