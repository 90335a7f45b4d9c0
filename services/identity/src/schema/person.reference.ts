import { refuse } from '@klageportal/federation';
import type { Context } from '../context.js';
import { getPerson } from '../usecases/viewer.js';

export async function resolvePersonReference(reference: Record<string, unknown>, ctx: Context) {
  const result = await getPerson(ctx, String(reference.id), new Date());
  if (result.ok) return result.value;
  return result.code === 'NOT_FOUND' ? null : refuse(result.code);
}
