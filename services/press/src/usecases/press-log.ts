import { err, ok, type Result } from '@klageportal/kit';
import type { Context } from '../context.js';
import type { PressInquiry } from '../domain/press-service.js';
import { listRecentInquiries } from '../store/press-inquiry.store.js';

/**
 * The press log is readable only by those who follow up press inquiries. Until staff login
 * exists nobody is one, so the log is refused to every caller.
 */
function authoriseLogRead(ctx: Context): Result<void, 'UNAUTHENTICATED'> {
  return ctx.principal.kind === 'anonymous' ? err('UNAUTHENTICATED') : ok(undefined);
}

export async function listPressInquiries(
  ctx: Context,
  limit: number,
): Promise<Result<PressInquiry[], 'UNAUTHENTICATED'>> {
  const allowed = authoriseLogRead(ctx);
  if (!allowed.ok) return allowed;
  return ok(await listRecentInquiries(ctx.em, limit));
}

export async function getPressInquiry(
  ctx: Context,
  id: string,
): Promise<Result<PressInquiry, 'UNAUTHENTICATED' | 'NOT_FOUND'>> {
  const allowed = authoriseLogRead(ctx);
  if (!allowed.ok) return allowed;
  const found = await ctx.loaders.inquiryById.load(id);
  return found ? ok(found) : err('NOT_FOUND');
}
