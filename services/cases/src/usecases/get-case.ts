import { err, ok, type Result } from '@klageportal/kit';
import type { Context } from '../context.js';
import type { Case } from '../domain/case.js';
import { authoriseCaseRead } from './authorise.js';

export async function getCase(
  ctx: Context,
  id: string,
): Promise<Result<Case, 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND'>> {
  const allowed = authoriseCaseRead(ctx.principal);
  if (!allowed.ok) return allowed;
  const found = await ctx.loaders.caseById.load(id);
  return found ? ok(found) : err('NOT_FOUND');
}
