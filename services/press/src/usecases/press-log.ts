import { hasStaffRole, type Principal } from '@klageportal/federation';
import { err, ok, type Result } from '@klageportal/kit';
import type { Context } from '../context.js';
import type { PressInquiry } from '../domain/press-service.js';
import { listRecentInquiries } from '../store/press-inquiry.store.js';

/** The press log is readable only by those who follow up press inquiries: press officers. */
export function authoriseLogRead(principal: Principal): Result<void, 'UNAUTHENTICATED' | 'FORBIDDEN'> {
  if (principal.kind === 'anonymous') return err('UNAUTHENTICATED');
  return hasStaffRole(principal, 'press_officer') ? ok(undefined) : err('FORBIDDEN');
}

export async function listPressInquiries(
  ctx: Context,
  limit: number,
): Promise<Result<PressInquiry[], 'UNAUTHENTICATED' | 'FORBIDDEN'>> {
  const allowed = authoriseLogRead(ctx.principal);
  if (!allowed.ok) return allowed;
  return ok(await listRecentInquiries(ctx.em, limit));
}

export async function getPressInquiry(
  ctx: Context,
  id: string,
): Promise<Result<PressInquiry, 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND'>> {
  const allowed = authoriseLogRead(ctx.principal);
  if (!allowed.ok) return allowed;
  const found = await ctx.loaders.inquiryById.load(id);
  return found ? ok(found) : err('NOT_FOUND');
}
