import type { EntityManager } from '@mikro-orm/postgresql';

export type MonthlyRow = {
  month: string;
  caseTypeCode: string;
  board: string;
  firstInstanceBodyCode: string;
  received: number;
  decided: number;
};

/** Received and decided per month and case type, for months `from`..`to` (inclusive). */
export async function findMonthly(em: EntityManager, from: string, to: string): Promise<MonthlyRow[]> {
  const rows = await em.execute<
    {
      month: string;
      case_type_code: string;
      board: string;
      first_instance_body_code: string;
      received: number;
      decided: number;
    }[]
  >(
    `select month, case_type_code, board, first_instance_body_code, received, decided
     from stats.monthly_count where month >= ? and month <= ? and (received <> 0 or decided <> 0)
     order by case_type_code, month`,
    [from, to],
  );
  return rows.map((r) => ({
    month: r.month,
    caseTypeCode: r.case_type_code,
    board: r.board,
    firstInstanceBodyCode: r.first_instance_body_code,
    received: Number(r.received),
    decided: Number(r.decided),
  }));
}

/** Decisions by outcome for months `from`..`to`. */
export async function findOutcomes(
  em: EntityManager,
  from: string,
  to: string,
): Promise<Map<string, number>> {
  const rows = await em.execute<{ outcome: string; count: string }[]>(
    `select outcome, sum(count)::text as count from stats.monthly_outcome
     where month >= ? and month <= ? group by outcome`,
    [from, to],
  );
  return new Map(rows.map((r) => [r.outcome, Number(r.count)]));
}

/** Processing-time histograms (weeks → decisions) per case type for months `from`..`to`. */
export async function findHistograms(
  em: EntityManager,
  from: string,
  to: string,
  caseTypeCodes?: readonly string[],
): Promise<Map<string, Map<number, number>>> {
  if (caseTypeCodes && caseTypeCodes.length === 0) return new Map();
  const rows = await em.execute<{ case_type_code: string; weeks: number; count: string }[]>(
    `select case_type_code, weeks, sum(count)::text as count from stats.processing_histogram
     where month >= ? and month <= ? and count <> 0 ${caseTypeCodes ? 'and case_type_code in (?)' : ''}
     group by case_type_code, weeks`,
    caseTypeCodes ? [from, to, [...caseTypeCodes]] : [from, to],
  );
  const out = new Map<string, Map<number, number>>();
  for (const r of rows) {
    const h = out.get(r.case_type_code) ?? new Map<number, number>();
    h.set(Number(r.weeks), Number(r.count));
    out.set(r.case_type_code, h);
  }
  return out;
}

/** Cases in the courts now, by court status. */
export async function findCourtCounts(em: EntityManager): Promise<Map<string, number>> {
  const rows = await em.execute<{ court_status: string; count: string }[]>(
    'select court_status, sum(count)::text as count from stats.court_count group by court_status',
  );
  return new Map(rows.map((r) => [r.court_status, Number(r.count)]));
}

/** The years that have any figures, newest first. */
export async function findYears(em: EntityManager): Promise<number[]> {
  const rows = await em.execute<{ year: string }[]>(
    `select distinct substr(month, 1, 4) as year from stats.monthly_count
     where received <> 0 or decided <> 0 order by year desc`,
  );
  return rows.map((r) => Number(r.year));
}
