import { err, ok, type Result } from '@klageportal/kit';
import type { Context } from '../context.js';
import type { CaseDetails } from '../domain/case.js';
import { isVisibleToPartner } from '../domain/partner.js';
import { findCaseIdByNumber, findPartnerPage } from '../store/case-query.store.js';
import type { Page } from '../store/page.js';
import { authorisePartner } from './authorise.js';
import { logAccess } from './case-access.js';
import { checkPaging, type Paging } from './cases.js';

type Refusal = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT';

/** What a partner sees of a complaint: status, timeline, decision, court status. No parties, no documents. */
export type PartnerComplaint = CaseDetails & { updatedAt: Date };

/**
 * A partner's complaints (authorisePartner: NPE's, for the NPE scope), changed at or after
 * `updatedSince`, oldest change first, paged. Every complaint returned is logged as PARTNER_READ.
 */
export async function listPartnerComplaints(
  ctx: Context,
  updatedSince: Date | null,
  paging: Paging,
  now: Date,
): Promise<Result<Page<PartnerComplaint>, Refusal>> {
  const partner = authorisePartner(ctx.principal);
  if (!partner.ok) return partner;
  const checked = checkPaging(paging);
  if (!checked.ok) return checked;
  const page = await findPartnerPage(ctx.em, partner.value.bodyCode, updatedSince, checked.value);
  const details = await ctx.loaders.caseDetailsById.loadMany(page.nodes.map((r) => r.id));
  const nodes: PartnerComplaint[] = [];
  page.nodes.forEach((row, i) => {
    const d = details[i];
    if (d instanceof Error) throw d;
    // the query filters by body already; the rule is checked again on what leaves the service
    if (d && isVisibleToPartner(d, partner.value).ok) nodes.push({ ...d, updatedAt: row.updatedAt });
  });
  await Promise.all(
    nodes.map((n) =>
      logAccess(ctx, n.id, { kind: 'PARTNER', orgnr: partner.value.orgnr }, 'PARTNER_READ', now),
    ),
  );
  return ok({ ...page, nodes });
}

/** One complaint by case number; NOT_FOUND for another body's case, as for one that does not exist. */
export async function getPartnerComplaint(
  ctx: Context,
  caseNumber: string,
  now: Date,
): Promise<Result<CaseDetails, Refusal | 'NOT_FOUND'>> {
  const partner = authorisePartner(ctx.principal);
  if (!partner.ok) return partner;
  const id = await findCaseIdByNumber(ctx.em, caseNumber.trim());
  const details = id ? await ctx.loaders.caseDetailsById.load(id) : null;
  if (!details || !isVisibleToPartner(details, partner.value).ok) return err('NOT_FOUND');
  await logAccess(ctx, details.id, { kind: 'PARTNER', orgnr: partner.value.orgnr }, 'PARTNER_READ', now);
  return ok(details);
}
