import { refuse } from '@klageportal/federation';
import type { Context } from '../context.js';
import { getPressInquiry } from '../usecases/press-log.js';

export async function resolvePressInquiryReference(reference: Record<string, unknown>, ctx: Context) {
  const result = await getPressInquiry(ctx, String(reference.id));
  if (result.ok) return result.value;
  return result.code === 'NOT_FOUND' ? null : refuse(result.code);
}
