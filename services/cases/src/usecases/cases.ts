import { err, ok, type Result } from '@klageportal/kit';
import type { Context } from '../context.js';
import { type AccessEntry, mayReadAccessLog } from '../domain/access-log.js';
import type { StatusEvent } from '../domain/case.js';
import type { CaseDocument } from '../domain/document.js';
import { checkLatestCount, chooseLatest } from '../domain/latest-documents.js';
import type { MinSideUnavailable } from '../domain/min-side.js';
import { overviewScope } from '../domain/overview.js';
import { findAccessLog } from '../store/access-log.store.js';
import { type CaseFilter, type CaseRow, findOverviewPage } from '../store/case-query.store.js';
import { findLatestDocumentsInScope } from '../store/document.store.js';
import { decodeCursor, type Page } from '../store/page.js';
import { authoriseCaseOfficer, authoriseCitizen, authorisePressOfficer } from './authorise.js';
import {
  type CaseAccess,
  type CaseForCaller,
  citizenAccess,
  type DirectAccess,
  logAccess,
} from './case-access.js';

export type Paging = { first: number; after: string | null };
export const MAX_PAGE = 100;

export type OverviewItem =
  | { available: true; caseNumber: string; row: CaseRow; case: CaseForCaller; lastEvent: StatusEvent | null }
  | { available: false; caseNumber: string; reason: MinSideUnavailable };

type ReadRefusal = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';

export function checkPaging(paging: Paging) {
  if (!Number.isInteger(paging.first) || paging.first < 1 || paging.first > MAX_PAGE)
    return err('BAD_USER_INPUT' as const, `first: 1–${MAX_PAGE}`);
  const after = paging.after ? decodeCursor(paging.after) : null;
  if (paging.after && !after) return err('BAD_USER_INPUT' as const, 'after: not a cursor from this list');
  return ok({ first: paging.first, after });
}

/**
 * "Mine saker": the cases the citizen (or the person they act for) is party to, newest change
 * first, filtered and paged. Each is checked with the party rules: available ones come with the
 * case and its last event (and are logged as LISTED), unavailable ones with the reason only.
 * Statements: page + count + parties + details (2) + one access-log insert, whatever the numbers.
 */
export async function listMyCases(
  ctx: Context,
  filter: CaseFilter,
  paging: Paging,
  now: Date,
): Promise<Result<Page<OverviewItem>, ReadRefusal>> {
  const viewer = authoriseCitizen(ctx.principal);
  if (!viewer.ok) return viewer;
  const checked = checkPaging(paging);
  if (!checked.ok) return checked;
  const scope = overviewScope(viewer.value);
  if (!scope) return ok({ nodes: [], endCursor: null, hasNextPage: false, totalCount: 0 });
  const page = await findOverviewPage(ctx.em, scope, filter, checked.value);
  const ids = page.nodes.map((r) => r.id);
  const [parties, details] = await Promise.all([
    ctx.loaders.partiesByCaseId.loadMany(ids),
    ctx.loaders.caseDetailsById.loadMany(ids),
  ]);
  const items: OverviewItem[] = [];
  const logged: Promise<void>[] = [];
  page.nodes.forEach((row, i) => {
    const rowParties = parties[i];
    const detail = details[i];
    if (rowParties instanceof Error) throw rowParties;
    if (detail instanceof Error) throw detail;
    if (!detail) return; // removed between the page and the details: not listed
    const access = citizenAccess(viewer.value, row.caseNumber, rowParties ?? [], now);
    if (!access.ok) {
      if (access.code !== 'NOT_A_PARTY')
        items.push({ available: false, caseNumber: row.caseNumber, reason: access.code });
      return;
    }
    items.push({
      available: true,
      caseNumber: row.caseNumber,
      row,
      case: { ...detail, access: access.value },
      lastEvent: detail.timeline.at(-1) ?? null,
    });
    logged.push(logAccess(ctx, row.id, access.value, 'LISTED', now));
  });
  await Promise.all(logged);
  return ok({ ...page, nodes: items });
}

/** One of Mine saker's newest documents, with the case it is on. */
export type LatestDocumentItem = { caseId: string; caseNumber: string; document: CaseDocument };

/**
 * "Nye dokumenter" on Mine saker: the newest `first` documents (1–MAX_LATEST_DOCUMENTS) on the
 * cases the viewer (or whom they act for) may open in Min side, newest first — exactly those
 * their case pages show. The store reads the newest documents of the overview's scope in one
 * statement; each of their cases is checked with the case page's rule (citizenAccess on its
 * parties, one batched statement for all of them). Should a case be refused (unavailable in Min
 * side, or a mandate that does not reach it), the store is asked again without it, so the list is
 * still the newest `first` (chooseLatest). Each case shown is logged as LISTED, once per request
 * even when Mine saker's own list in the same request listed it too.
 */
export async function listMyLatestDocuments(
  ctx: Context,
  first: number,
  now: Date,
): Promise<Result<LatestDocumentItem[], ReadRefusal>> {
  const viewer = authoriseCitizen(ctx.principal);
  if (!viewer.ok) return viewer;
  const checked = checkLatestCount(first);
  if (!checked.ok) return checked;
  const scope = overviewScope(viewer.value);
  if (!scope) return ok([]);
  const access = new Map<string, Extract<CaseAccess, { kind: 'PARTY' }> | null>();
  const refused: string[] = [];
  for (;;) {
    const found = await findLatestDocumentsInScope(ctx.em, scope, {
      first: checked.value,
      excludeCaseIds: refused,
    });
    const candidates = found.map(({ caseNumber, document }) => ({
      caseId: document.caseId,
      caseNumber,
      document,
    }));
    const unchecked = [...new Map(candidates.map((c) => [c.caseId, c.caseNumber]))].filter(
      ([caseId]) => !access.has(caseId),
    );
    const parties = await ctx.loaders.partiesByCaseId.loadMany(unchecked.map(([caseId]) => caseId));
    unchecked.forEach(([caseId, caseNumber], i) => {
      const rows = parties[i];
      if (rows instanceof Error) throw rows;
      const decided = citizenAccess(viewer.value, caseNumber, rows ?? [], now);
      access.set(caseId, decided.ok ? decided.value : null);
    });
    const round = chooseLatest(candidates, checked.value, (caseId) => Boolean(access.get(caseId)));
    if (round.complete) {
      const shownCases = [...new Set(round.shown.map((d) => d.caseId))];
      await Promise.all(
        shownCases.map((caseId) => logAccess(ctx, caseId, access.get(caseId)!, 'LISTED', now)),
      );
      return ok(round.shown);
    }
    refused.push(...round.refused);
  }
}

/**
 * One case for its case page. A case officer sees every case; a citizen one they may see and that
 * is available in Min side (NOT_FOUND when they may not know of it; FORBIDDEN with the reason when
 * it is unavailable). Partners read complaints through their own operations. Logged as VIEWED.
 */
export async function getCase(
  ctx: Context,
  id: string,
  now: Date,
): Promise<Result<CaseForCaller, ReadRefusal>> {
  const access = await accessTo(ctx, id, now);
  if (!access.ok) return access;
  const details = await ctx.loaders.caseDetailsById.load(id);
  if (!details) return err('NOT_FOUND');
  await logAccess(ctx, id, access.value, 'VIEWED', now);
  return ok({ ...details, access: access.value });
}

/**
 * A case another subgraph refers to, by `id` or by `caseNumber`: the same rules as a direct read,
 * and for press officers (who have no direct read) the press view, logged as PRESS_LOOKUP so the
 * complainant sees it in "who has seen my case".
 */
export async function getCaseByReference(
  ctx: Context,
  reference: { id?: unknown; caseNumber?: unknown },
  now: Date,
): Promise<Result<CaseForCaller, ReadRefusal>> {
  const id =
    typeof reference.id === 'string'
      ? reference.id
      : typeof reference.caseNumber === 'string'
        ? await ctx.loaders.caseIdByNumber.load(reference.caseNumber)
        : null;
  if (!id) return err('NOT_FOUND');
  const press = authorisePressOfficer(ctx.principal);
  if (!press.ok || authoriseCaseOfficer(ctx.principal).ok) return getCase(ctx, id, now);
  const details = await ctx.loaders.caseDetailsById.load(id);
  if (!details) return err('NOT_FOUND');
  const access = { kind: 'PRESS', staffId: press.value } as const;
  await logAccess(ctx, id, access, 'PRESS_LOOKUP', now);
  return ok({ ...details, access });
}

export async function accessTo(
  ctx: Context,
  id: string,
  now: Date,
): Promise<Result<DirectAccess, ReadRefusal>> {
  if (ctx.principal.kind === 'staff') {
    const officer = authoriseCaseOfficer(ctx.principal);
    if (!officer.ok) return err('NOT_FOUND');
    return (await ctx.loaders.caseDetailsById.load(id))
      ? ok({ kind: 'OFFICER', staffId: officer.value })
      : err('NOT_FOUND');
  }
  if (ctx.principal.kind === 'partner') return err('NOT_FOUND');
  const viewer = authoriseCitizen(ctx.principal);
  if (!viewer.ok) return viewer;
  const found = await ctx.loaders.caseDetailsById.load(id);
  if (!found) return err('NOT_FOUND');
  const access = citizenAccess(
    viewer.value,
    found.caseNumber,
    await ctx.loaders.partiesByCaseId.load(id),
    now,
  );
  if (access.ok) return access;
  return access.code === 'NOT_A_PARTY' ? err('NOT_FOUND') : err('FORBIDDEN', access.code);
}

export type AccessLogLine = AccessEntry & { actorName: string | null; isViewer: boolean };

/**
 * "Who has seen my case": the complainant (or whoever stands in their place, mayReadAccessLog)
 * and case officers read a case's access log, newest first. A person's name is shown when they
 * are a party on the case; the body's staff and partners show as their role only.
 */
export async function getAccessLog(
  ctx: Context,
  id: string,
  now: Date,
): Promise<Result<AccessLogLine[], ReadRefusal>> {
  const access = await accessTo(ctx, id, now);
  if (!access.ok) return access;
  if (access.value.kind === 'PARTY' && !mayReadAccessLog(access.value.actingRole)) return err('FORBIDDEN');
  const [entries, parties] = await Promise.all([
    findAccessLog(ctx.em, id, 500),
    ctx.loaders.partiesByCaseId.load(id),
  ]);
  const names = new Map(parties.map((p) => [p.personId, p.name]));
  const me = access.value.kind === 'PARTY' ? access.value.viewer.personId : null;
  return ok(
    entries.map((e) => ({
      ...e,
      actorName: e.actorKind === 'PERSON' ? (names.get(e.actorId) ?? null) : null,
      isViewer: e.actorKind === 'PERSON' && e.actorId === me,
    })),
  );
}
