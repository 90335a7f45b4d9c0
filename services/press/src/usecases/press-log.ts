import { authoriseStaffRole, type Principal } from '@klageportal/federation';
import { err, type Logger, ok, type Result } from '@klageportal/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import {
  checkAnswer,
  checkInquiry,
  type InquiryInput,
  type InquiryRefusal,
  mayMoveInquiry,
} from '../domain/press-log.js';
import type { InquiryStatus, PressInquiry } from '../domain/press-service.js';
import {
  deleteExpiredInquiries,
  insertInquiry,
  listRecentInquiries,
  updateInquiry,
} from '../store/press-inquiry.store.js';

type Refusal = 'UNAUTHENTICATED' | 'FORBIDDEN';

/**
 * "Informasjonen er kun tilgjengelig for de som jobber med oppfølging av pressehenvendelser"
 * (seeds/000): only press officers read or write the press log. The value is their staff id.
 */
export function authorisePressOfficer(principal: Principal): Result<string, Refusal> {
  return authoriseStaffRole(principal, 'press_officer');
}

export async function listPressInquiries(
  ctx: Context,
  limit: number,
): Promise<Result<PressInquiry[], Refusal>> {
  const officer = authorisePressOfficer(ctx.principal);
  if (!officer.ok) return officer;
  return ok(await listRecentInquiries(ctx.em, limit));
}

export async function getPressInquiry(
  ctx: Context,
  id: string,
): Promise<Result<PressInquiry, Refusal | 'NOT_FOUND'>> {
  const officer = authorisePressOfficer(ctx.principal);
  if (!officer.ok) return officer;
  const found = await ctx.loaders.inquiryById.load(id);
  return found ? ok(found) : err('NOT_FOUND');
}

/** Logs a press inquiry: committed before the answer says so, or refused with a code. */
export async function logPressInquiry(
  ctx: Context,
  input: InquiryInput,
): Promise<Result<PressInquiry, Refusal | InquiryRefusal>> {
  const officer = authorisePressOfficer(ctx.principal);
  if (!officer.ok) return officer;
  const checked = checkInquiry(input, ctx.deps.clock());
  if (!checked.ok) return checked;
  const inquiry = await insertInquiry(ctx.em, checked.value, officer.value);
  ctx.log.info({ inquiryId: inquiry.id, channel: inquiry.channel }, 'press inquiry logged');
  return ok(inquiry);
}

/** Records the answer given (or corrects it) and who gave it. */
export async function answerPressInquiry(
  ctx: Context,
  input: { id: string; answer: string; answeredAt?: Date | null },
): Promise<
  Result<
    PressInquiry,
    Refusal | 'NOT_FOUND' | 'INVALID_ANSWER' | 'INVALID_ANSWERED_AT' | 'CLOSED' | 'INVALID_TRANSITION'
  >
> {
  const officer = authorisePressOfficer(ctx.principal);
  if (!officer.ok) return officer;
  const found = await ctx.loaders.inquiryById.load(input.id);
  if (!found) return err('NOT_FOUND');
  const move = mayMoveInquiry(found.status, 'ANSWERED');
  if (!move.ok) return move;
  const answer = checkAnswer(input.answer, input.answeredAt, found.receivedAt, ctx.deps.clock());
  if (!answer.ok) return answer;
  const updated = await updateInquiry(ctx.em, found.id, {
    status: 'ANSWERED',
    handledBy: officer.value,
    ...answer.value,
  });
  ctx.log.info({ inquiryId: found.id }, 'press inquiry answered');
  return updated ? ok(updated) : err('NOT_FOUND');
}

/** Moves an entry to in progress or closed. */
export async function movePressInquiry(
  ctx: Context,
  input: { id: string; status: InquiryStatus },
): Promise<Result<PressInquiry, Refusal | 'NOT_FOUND' | 'CLOSED' | 'INVALID_TRANSITION'>> {
  const officer = authorisePressOfficer(ctx.principal);
  if (!officer.ok) return officer;
  const found = await ctx.loaders.inquiryById.load(input.id);
  if (!found) return err('NOT_FOUND');
  // an answer is recorded with answerPressInquiry, never by a bare status change
  if (input.status === 'ANSWERED') return err('INVALID_TRANSITION');
  const move = mayMoveInquiry(found.status, input.status);
  if (!move.ok) return move;
  const updated = await updateInquiry(ctx.em, found.id, { status: move.value, handledBy: officer.value });
  ctx.log.info({ inquiryId: found.id, status: move.value }, 'press inquiry moved');
  return updated ? ok(updated) : err('NOT_FOUND');
}

/**
 * "Opplysningene slettes etter ti år": deletes the entries whose ten years are up. Run by the
 * scheduled retention job; logs how many and up to when, never what.
 */
export async function runRetention(em: EntityManager, now: Date, log: Logger): Promise<number> {
  const deleted = await deleteExpiredInquiries(em, now);
  log.info({ deleted, deleteAfterUpTo: now.toISOString() }, 'press log retention: expired entries deleted');
  return deleted;
}
