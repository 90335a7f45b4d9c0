import { err, ok, type Result } from '@klageportal/kit';
import type { Context } from '../context.js';
import { type Consent, consentEvent } from '../domain/consent.js';
import { isMandateValidAt, type MandateRole } from '../domain/mandate.js';
import type { Person } from '../domain/person.js';
import { recordConsent, withdrawConsent } from '../store/consent.store.js';
import { chooseActingFor } from './login.js';

export type ViewerKind = 'ANONYMOUS' | 'CITIZEN' | 'STAFF' | 'PARTNER';

export type Viewer = {
  kind: ViewerKind;
  personId: string | null;
  consentRequired: boolean;
  actingForPersonId: string | null;
  staffRoles: string[];
};

/** Who is looking, as the gateway vouches for it. */
export function getViewer(ctx: Context): Viewer {
  const { principal } = ctx;
  switch (principal.kind) {
    case 'citizen':
      return {
        kind: 'CITIZEN',
        personId: principal.personId,
        consentRequired: !principal.consented,
        actingForPersonId: principal.actingFor,
        staffRoles: [],
      };
    case 'staff':
      return {
        kind: 'STAFF',
        personId: null,
        consentRequired: false,
        actingForPersonId: null,
        staffRoles: [...principal.roles],
      };
    case 'partner':
      return {
        kind: 'PARTNER',
        personId: null,
        consentRequired: false,
        actingForPersonId: null,
        staffRoles: [],
      };
    case 'anonymous':
      return {
        kind: 'ANONYMOUS',
        personId: null,
        consentRequired: false,
        actingForPersonId: null,
        staffRoles: [],
      };
  }
}

/** Whom the citizen may act for now, and in which roles (general mandates and case mandates alike). */
export async function listRepresentations(
  ctx: Context,
  now: Date,
): Promise<{ personId: string; roles: MandateRole[] }[]> {
  if (ctx.principal.kind !== 'citizen') return [];
  const mandates = (await ctx.loaders.mandatesByAgentId.load(ctx.principal.personId)).filter((m) =>
    isMandateValidAt(m, now),
  );
  const byPrincipal = new Map<string, Set<MandateRole>>();
  for (const m of mandates)
    byPrincipal.set(m.principalPersonId, (byPrincipal.get(m.principalPersonId) ?? new Set()).add(m.role));
  return [...byPrincipal].map(([personId, roles]) => ({ personId, roles: [...roles] }));
}

/**
 * A person's data: to themselves, to those who may act for them, to staff. Anyone else learns
 * nothing, not even that the person exists.
 */
export async function getPerson(
  ctx: Context,
  id: string,
  now: Date,
): Promise<Result<Person, 'UNAUTHENTICATED' | 'NOT_FOUND'>> {
  const { principal } = ctx;
  if (principal.kind === 'anonymous') return err('UNAUTHENTICATED');
  if (principal.kind === 'partner') return err('NOT_FOUND');
  if (principal.kind === 'citizen' && id !== principal.personId) {
    const mandates = await ctx.loaders.mandatesByAgentId.load(principal.personId);
    if (!mandates.some((m) => m.principalPersonId === id && isMandateValidAt(m, now)))
      return err('NOT_FOUND');
  }
  const person = await ctx.loaders.personById.load(id);
  return person ? ok(person) : err('NOT_FOUND');
}

export async function giveConsent(ctx: Context, now: Date): Promise<Result<void, 'UNAUTHENTICATED'>> {
  if (ctx.principal.kind !== 'citizen') return err('UNAUTHENTICATED');
  const consent = await recordConsent(ctx.em, ctx.principal.personId, now);
  await publishConsent(ctx, consent, now);
  ctx.log.info('consent given');
  return ok(undefined);
}

export async function withdrawMyConsent(ctx: Context, now: Date): Promise<Result<void, 'UNAUTHENTICATED'>> {
  if (ctx.principal.kind !== 'citizen') return err('UNAUTHENTICATED');
  const consent = await withdrawConsent(ctx.em, ctx.principal.personId, now);
  await publishConsent(ctx, consent, now);
  ctx.log.info('consent withdrawn');
  return ok(undefined);
}

export async function actFor(
  ctx: Context,
  personId: string | null,
  now: Date,
): Promise<Result<void, 'UNAUTHENTICATED' | 'NOT_ALLOWED' | 'CONSENT_REQUIRED'>> {
  if (ctx.principal.kind === 'citizen' && !ctx.principal.consented) return err('CONSENT_REQUIRED');
  const result = await chooseActingFor(ctx.em, ctx.principal, personId, now);
  if (result.ok) ctx.log.info({ actingForSelf: personId === null }, 'acting for changed');
  return result;
}

/** Tells other services (cases, for notifications) the person's consent as it now stands. */
async function publishConsent(ctx: Context, consent: Consent, now: Date): Promise<void> {
  const event = consentEvent(consent, now);
  await ctx.publish?.('person-consent', event, `${event.personId}:${event.at}`);
}
