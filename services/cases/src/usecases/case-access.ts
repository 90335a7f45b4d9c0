import { err, ok, type Result } from '@klageportal/kit';
import type { Context } from '../context.js';
import type { AccessAction, AccessRole } from '../domain/access-log.js';
import type { CaseDetails } from '../domain/case.js';
import { mayViewCase } from '../domain/case-access.js';
import {
  type CasePermissions,
  decidePermissions,
  isAvailableInMinSide,
  type MinSideUnavailable,
} from '../domain/min-side.js';
import type { CaseView, Mandate, NamedParty } from '../domain/party.js';
import type { CitizenViewer } from './authorise.js';

/**
 * How the caller reaches a case: as a case officer (everything), as a press officer (the facts
 * the press subgraph's disclosure decision needs, only through a federation reference), or as a
 * citizen through a party row (CaseView), with what they may do there.
 */
export type CaseAccess =
  | { kind: 'OFFICER'; staffId: string }
  | { kind: 'PRESS'; staffId: string }
  | {
      kind: 'PARTY';
      viewer: CitizenViewer;
      view: CaseView;
      actingRole: AccessRole;
      permissions: CasePermissions;
    };

/** Access through the case's own operations (the press view exists only for references). */
export type DirectAccess = Exclude<CaseAccess, { kind: 'PRESS' }>;

/** A case as the caller may see it. */
export type CaseForCaller = CaseDetails & { access: CaseAccess };

/** The mandates a citizen acts under, as mayViewCase takes them (identity checked they are in force). */
export function mandatesOf(viewer: CitizenViewer): Mandate[] {
  if (viewer.actingFor === null) return [];
  return viewer.actingAs.map((m) => ({
    agentPersonId: viewer.personId,
    principalPersonId: viewer.actingFor!,
    role: m.role,
    caseNumber: m.caseNumber,
    validFrom: new Date(0),
    validUntil: null,
  }));
}

/**
 * Whether a citizen sees this case, and whether it is available in Min side: NOT_A_PARTY when
 * they may not know of it; UNAVAILABLE with the reason when the overview lists it without details.
 */
export function citizenAccess(
  viewer: CitizenViewer,
  caseNumber: string,
  parties: readonly NamedParty[],
  now: Date,
): Result<Extract<CaseAccess, { kind: 'PARTY' }>, 'NOT_A_PARTY' | MinSideUnavailable> {
  const seen = mayViewCase(viewer, parties, mandatesOf(viewer), caseNumber, now);
  if (!seen.ok) return seen;
  const available = isAvailableInMinSide(parties, seen.value.throughParty);
  if (!available.ok) return err(available.code);
  const view = seen.value;
  return ok({
    kind: 'PARTY',
    viewer,
    view,
    actingRole: view.as === 'SELF' ? view.throughParty.role : view.as,
    permissions: decidePermissions(parties, view),
  });
}

/** Writes one access-log entry for the caller (batched with the request's other entries). */
export async function logAccess(
  ctx: Context,
  caseId: string,
  access: CaseAccess | { kind: 'PARTNER'; orgnr: string },
  action: AccessAction,
  at: Date,
): Promise<void> {
  const actor =
    access.kind === 'OFFICER'
      ? { actorKind: 'STAFF' as const, actorId: access.staffId, actorRole: 'CASE_OFFICER' as const }
      : access.kind === 'PRESS'
        ? { actorKind: 'STAFF' as const, actorId: access.staffId, actorRole: 'PRESS_OFFICER' as const }
        : access.kind === 'PARTNER'
          ? { actorKind: 'PARTNER' as const, actorId: access.orgnr, actorRole: 'PARTNER' as const }
          : { actorKind: 'PERSON' as const, actorId: access.viewer.personId, actorRole: access.actingRole };
  await ctx.loaders.accessLog.load({ caseId, ...actor, action, at });
}

/**
 * The case as it is after a write in this request, for the mutation's answer: the request's
 * loaders forget what they read of it before.
 */
export async function freshCase(
  ctx: Context,
  caseId: string,
  access: CaseAccess,
): Promise<CaseForCaller | null> {
  for (const loader of [
    ctx.loaders.caseDetailsById,
    ctx.loaders.partiesByCaseId,
    ctx.loaders.documentsByCaseId,
    ctx.loaders.waiversByCaseId,
  ]) {
    loader.clear(caseId);
  }
  const details = await ctx.loaders.caseDetailsById.load(caseId);
  return details ? { ...details, access } : null;
}
