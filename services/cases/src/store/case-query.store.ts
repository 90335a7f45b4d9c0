import type { EntityManager } from '@mikro-orm/postgresql';
import type { Case, CaseStatus } from '../domain/case.js';
import type { OverviewScope } from '../domain/overview.js';
import { type Cursor, encodeCursor, likeEscape, type Page } from './page.js';

/** A case as lists show it, with when it last changed (the paging key). */
export type CaseRow = Case & { updatedAt: Date };

type Row = {
  id: string;
  case_number: string;
  case_type_code: string;
  first_instance_body_code: string;
  received_at: Date;
  status: CaseStatus;
  updated_at: Date;
  /** The paging key: updated_at to the microsecond, in UTC. */
  cursor_at: string;
};

const toRow = (r: Row): CaseRow => ({
  id: r.id,
  caseNumber: r.case_number,
  caseTypeCode: r.case_type_code,
  firstInstanceBodyCode: r.first_instance_body_code,
  receivedAt: new Date(r.received_at),
  status: r.status,
  updatedAt: new Date(r.updated_at),
});

export type CaseFilter = {
  /** Part of a case number, or part of a party's name (case-insensitive). */
  search?: string | null;
  statuses?: readonly CaseStatus[] | null;
  caseTypeCodes?: readonly string[] | null;
};

type Where = { sql: string[]; params: unknown[] };

function filterWhere(filter: CaseFilter, where: Where): void {
  const search = filter.search?.trim();
  if (search) {
    const like = `%${likeEscape(search)}%`;
    where.sql.push(
      `(c.case_number ilike ? or exists (select 1 from cases.case_party q where q.case_id = c.id and q.display_name ilike ?))`,
    );
    where.params.push(like, like);
  }
  // MikroORM expands an array parameter into a list: `in (?)`, never with an empty array
  if (filter.statuses?.length) {
    where.sql.push('c.status in (?)');
    where.params.push([...filter.statuses]);
  }
  if (filter.caseTypeCodes?.length) {
    where.sql.push('c.case_type_code in (?)');
    where.params.push([...filter.caseTypeCodes]);
  }
}

/**
 * One page of cases in two statements (the page, and the count without the cursor), newest
 * change first or oldest first, keyed on (updated_at, id). `first + 1` rows are read to know
 * whether there is a next page.
 */
async function page(
  em: EntityManager,
  where: Where,
  options: { first: number; after: Cursor | null; order: 'newest' | 'oldest' },
): Promise<Page<CaseRow>> {
  const base = where.sql.length ? where.sql.join(' and ') : 'true';
  const keyset = options.after
    ? ` and (c.updated_at, c.id) ${options.order === 'newest' ? '<' : '>'} (?::timestamptz, ?::uuid)`
    : '';
  const direction = options.order === 'newest' ? 'desc' : 'asc';
  const rows = await em.execute<Row[]>(
    `select c.id, c.case_number, c.case_type_code, c.first_instance_body_code, c.received_at, c.status, c.updated_at,
            to_char(c.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
       from cases.complaint_case c
      where ${base}${keyset}
      order by c.updated_at ${direction}, c.id ${direction}
      limit ?`,
    [
      ...where.params,
      ...(options.after ? [options.after.updatedAt, options.after.id] : []),
      options.first + 1,
    ],
  );
  const [count] = await em.execute<{ n: string }[]>(
    `select count(*) as n from cases.complaint_case c where ${base}`,
    where.params,
  );
  const kept = rows.slice(0, options.first);
  const last = kept.at(-1);
  return {
    nodes: kept.map(toRow),
    endCursor: last ? encodeCursor({ updatedAt: last.cursor_at, id: last.id }) : null,
    hasNextPage: rows.length > options.first,
    totalCount: Number(count?.n ?? 0),
  };
}

/** The cases a viewer's overview looks among (overviewScope), filtered, one page. */
export function findOverviewPage(
  em: EntityManager,
  scope: OverviewScope,
  filter: CaseFilter,
  paging: { first: number; after: Cursor | null },
): Promise<Page<CaseRow>> {
  const where: Where = {
    sql: [
      `exists (select 1 from cases.case_party p where p.case_id = c.id and p.person_id = ?${
        scope.excludeLawyerRows ? ` and p.role <> 'LAWYER'` : ''
      })`,
    ],
    params: [scope.partyPersonId],
  };
  if (scope.caseNumbers !== null) {
    if (scope.caseNumbers.length === 0)
      return Promise.resolve({ nodes: [], endCursor: null, hasNextPage: false, totalCount: 0 });
    where.sql.push('c.case_number in (?)');
    where.params.push([...scope.caseNumbers]);
  }
  filterWhere(filter, where);
  return page(em, where, { ...paging, order: 'newest' });
}

/** Every case, for case officers: filtered, newest change first. */
export function findStaffPage(
  em: EntityManager,
  filter: CaseFilter,
  paging: { first: number; after: Cursor | null },
): Promise<Page<CaseRow>> {
  const where: Where = { sql: [], params: [] };
  filterWhere(filter, where);
  return page(em, where, { ...paging, order: 'newest' });
}

/**
 * Complaints on one first-instance body's decisions, changed at or after `updatedSince`, oldest
 * change first: a partner pages forward and keeps the last `updatedAt` it saw.
 */
export function findPartnerPage(
  em: EntityManager,
  bodyCode: string,
  updatedSince: Date | null,
  paging: { first: number; after: Cursor | null },
): Promise<Page<CaseRow>> {
  const where: Where = { sql: ['c.first_instance_body_code = ?'], params: [bodyCode] };
  if (updatedSince) {
    where.sql.push('c.updated_at >= ?');
    where.params.push(updatedSince);
  }
  return page(em, where, { ...paging, order: 'oldest' });
}

/** A case by its number (one statement), or null. */
export async function findCaseIdByNumber(em: EntityManager, caseNumber: string): Promise<string | null> {
  const [row] = await em.execute<{ id: string }[]>(
    'select id from cases.complaint_case where case_number = ?',
    [caseNumber],
  );
  return row?.id ?? null;
}
