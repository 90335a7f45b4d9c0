import { refuse } from '@klageportal/federation';
import type { Context } from '../context.js';
import { getCaseByReference } from '../usecases/cases.js';
import { caseTypeByCode, firstInstanceBodyByCode } from '../usecases/reference-data.js';

/**
 * Other subgraphs' references to a case (by id or case number) go through the same authorisation
 * as a direct read; press officers get the press view (getCaseByReference).
 */
export async function resolveCaseReference(reference: Record<string, unknown>, ctx: Context) {
  const result = await getCaseByReference(ctx, reference, new Date());
  if (result.ok) return result.value;
  if (result.code === 'NOT_FOUND') return null;
  return refuse(result.code);
}

export function resolveCaseTypeReference(reference: Record<string, unknown>, ctx: Context) {
  return caseTypeByCode(ctx, String(reference.code));
}

export function resolveFirstInstanceBodyReference(reference: Record<string, unknown>, ctx: Context) {
  return firstInstanceBodyByCode(ctx, String(reference.code));
}
