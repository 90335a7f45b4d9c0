import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseFacts, Deltas } from '../domain/projection.js';
import { CaseFactRecord, FeedPositionRecord } from './entities/index.js';

export const CASE_FEED = 'cases';
export const FEED_START = '0:0';

/** Where the projections stand in the feed (the start when never read). */
export async function readPosition(em: EntityManager, options: { lock?: boolean } = {}): Promise<string> {
  const [row] = await em.execute<{ position: string }[]>(
    `select position from stats.feed_position where feed = ?${options.lock ? ' for update' : ''}`,
    [CASE_FEED],
  );
  return row?.position ?? FEED_START;
}

export async function savePosition(tx: EntityManager, position: string, at: Date): Promise<void> {
  await tx.execute(
    `insert into stats.feed_position (feed, position, updated_at) values (?, ?, ?)
     on conflict (feed) do update set position = excluded.position, updated_at = excluded.updated_at`,
    [CASE_FEED, position, at],
  );
}

/** The current facts of these cases (absent: not seen before). */
export async function findFacts(
  tx: EntityManager,
  caseIds: readonly string[],
): Promise<Map<string, CaseFacts>> {
  if (caseIds.length === 0) return new Map();
  const rows = await tx.find(CaseFactRecord, { caseId: { $in: [...caseIds] } }, { disableIdentityMap: true });
  return new Map(
    rows.map((r) => [
      r.caseId,
      {
        caseTypeCode: r.caseTypeCode,
        board: r.board,
        firstInstanceBodyCode: r.firstInstanceBodyCode,
        receivedMonth: r.receivedMonth,
        decidedMonth: r.decidedMonth,
        outcome: r.outcome,
        processingWeeks: r.processingWeeks,
        courtStatus: r.courtStatus,
      },
    ]),
  );
}

const json = (rows: unknown[]) => JSON.stringify(rows);

/**
 * Applies the changes of one batch: the count deltas (one statement per table, adding to what is
 * there) and the cases' new facts. Runs in the caller's transaction.
 */
export async function applyDeltas(
  tx: EntityManager,
  deltas: Deltas,
  facts: readonly { caseId: string; facts: CaseFacts }[],
): Promise<void> {
  if (deltas.monthly.size > 0)
    await tx.execute(
      `insert into stats.monthly_count (month, case_type_code, board, first_instance_body_code, received, decided)
       select month, "caseTypeCode", board, body, received, decided
       from jsonb_to_recordset(?::jsonb) as x(month text, "caseTypeCode" text, board text, body text, received int, decided int)
       on conflict (month, case_type_code) do update set
         received = stats.monthly_count.received + excluded.received,
         decided = stats.monthly_count.decided + excluded.decided`,
      [json([...deltas.monthly.values()])],
    );
  if (deltas.outcome.size > 0)
    await tx.execute(
      `insert into stats.monthly_outcome (month, case_type_code, outcome, count)
       select month, "caseTypeCode", outcome, count
       from jsonb_to_recordset(?::jsonb) as x(month text, "caseTypeCode" text, outcome text, count int)
       on conflict (month, case_type_code, outcome) do update set count = stats.monthly_outcome.count + excluded.count`,
      [json([...deltas.outcome.values()])],
    );
  if (deltas.histogram.size > 0)
    await tx.execute(
      `insert into stats.processing_histogram (month, case_type_code, weeks, count)
       select month, "caseTypeCode", weeks, count
       from jsonb_to_recordset(?::jsonb) as x(month text, "caseTypeCode" text, weeks int, count int)
       on conflict (month, case_type_code, weeks) do update set count = stats.processing_histogram.count + excluded.count`,
      [json([...deltas.histogram.values()])],
    );
  if (deltas.court.size > 0)
    await tx.execute(
      `insert into stats.court_count (case_type_code, court_status, count)
       select "caseTypeCode", "courtStatus", count
       from jsonb_to_recordset(?::jsonb) as x("caseTypeCode" text, "courtStatus" text, count int)
       on conflict (case_type_code, court_status) do update set count = stats.court_count.count + excluded.count`,
      [json([...deltas.court.values()])],
    );
  if (facts.length > 0)
    await tx.execute(
      `insert into stats.case_fact (case_id, case_type_code, board, first_instance_body_code, received_month,
         decided_month, outcome, processing_weeks, court_status)
       select "caseId", "caseTypeCode", board, "firstInstanceBodyCode", "receivedMonth", "decidedMonth", outcome,
         "processingWeeks", "courtStatus"
       from jsonb_to_recordset(?::jsonb) as x("caseId" uuid, "caseTypeCode" text, board text,
         "firstInstanceBodyCode" text, "receivedMonth" text, "decidedMonth" text, outcome text,
         "processingWeeks" int, "courtStatus" text)
       on conflict (case_id) do update set case_type_code = excluded.case_type_code, board = excluded.board,
         first_instance_body_code = excluded.first_instance_body_code, received_month = excluded.received_month,
         decided_month = excluded.decided_month, outcome = excluded.outcome,
         processing_weeks = excluded.processing_weeks, court_status = excluded.court_status`,
      [json(facts.map((f) => ({ caseId: f.caseId, ...f.facts })))],
    );
}

/** Empties every projection and puts the feed position back to the start (for a rebuild). */
export async function resetProjections(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    await tx.execute(
      'truncate stats.case_fact, stats.monthly_count, stats.monthly_outcome, stats.processing_histogram, stats.court_count',
    );
    await tx.nativeDelete(FeedPositionRecord, { feed: CASE_FEED });
  });
}

/** Every projection row, in a stable order: for comparing a running projection with a rebuild. */
export async function dumpProjections(em: EntityManager): Promise<Record<string, unknown[]>> {
  const q = (sql: string) => em.execute(sql);
  return {
    caseFacts: await q('select * from stats.case_fact order by case_id'),
    monthly: await q(
      'select * from stats.monthly_count where received <> 0 or decided <> 0 order by month, case_type_code',
    ),
    outcomes: await q(
      'select * from stats.monthly_outcome where count <> 0 order by month, case_type_code, outcome',
    ),
    histogram: await q(
      'select * from stats.processing_histogram where count <> 0 order by month, case_type_code, weeks',
    ),
    court: await q('select * from stats.court_count where count <> 0 order by case_type_code, court_status'),
  };
}
