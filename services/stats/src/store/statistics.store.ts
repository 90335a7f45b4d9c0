import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseTypeYear } from '../domain/statistics.js';
import { CaseTypeYearRecord } from './entities/index.js';

export async function findCaseTypeYears(em: EntityManager, year: number): Promise<CaseTypeYear[]> {
  const rows = await em.find(CaseTypeYearRecord, { year });
  return rows.map(({ year, caseTypeCode, received, decided }) => ({ year, caseTypeCode, received, decided }));
}

/** The latest year with any figures, or null when the projection is empty. */
export async function findLatestYear(em: EntityManager): Promise<number | null> {
  const [row] = await em.find(
    CaseTypeYearRecord,
    {},
    { orderBy: { year: 'desc' }, limit: 1, fields: ['year'] },
  );
  return row?.year ?? null;
}
