import { err, ok, type Result } from '@klageportal/kit';
import type { Context } from '../context.js';
import {
  type ContactPoint,
  type ContactPointKind,
  checkNotificationEmail,
  type EmailRefusal,
  type MobileRefusal,
  normaliseMobile,
} from '../domain/contact-point.js';
import { isMandateValidAt } from '../domain/mandate.js';
import { setContactPoint } from '../store/contact-point.store.js';

/** A person's own contact points: shown to that person only. */
export async function myContactPoints(ctx: Context, personId: string): Promise<ContactPoint[] | null> {
  if (ctx.principal.kind !== 'citizen' || ctx.principal.personId !== personId) return null;
  return ctx.loaders.contactPointsByPersonId.load(personId);
}

export type SetContactPointError = 'UNAUTHENTICATED' | 'CONSENT_REQUIRED' | EmailRefusal | MobileRefusal;

/** The person changes their own mobile or e-mail; the value is checked and normalised first. */
export async function changeMyContactPoint(
  ctx: Context,
  input: { kind: ContactPointKind; value: string },
  now: Date,
): Promise<Result<ContactPoint, SetContactPointError>> {
  const { principal } = ctx;
  if (principal.kind !== 'citizen') return err('UNAUTHENTICATED');
  if (!principal.consented) return err('CONSENT_REQUIRED');
  let value: Result<string, EmailRefusal | MobileRefusal>;
  if (input.kind === 'SMS') {
    value = normaliseMobile(input.value);
  } else {
    const mandates = await ctx.loaders.mandatesByAgentId.load(principal.personId);
    const isLawyer = mandates.some((m) => m.role === 'LAWYER' && isMandateValidAt(m, now));
    value = checkNotificationEmail(input.value, { isLawyer });
  }
  if (!value.ok) return value;
  const saved = await setContactPoint(
    ctx.em,
    { personId: principal.personId, kind: input.kind, value: value.value },
    now,
  );
  ctx.loaders.contactPointsByPersonId.clear(principal.personId);
  ctx.log.info({ kind: input.kind }, 'contact point changed');
  return ok(saved);
}
