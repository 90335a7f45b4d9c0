import { err, ok, type Result } from '@klageportal/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import {
  checkComments,
  checkWaiver,
  mayGiveWaiver,
  type Waiver,
  type WaiverInput,
  type WaiverRefusal,
} from '../domain/forms.js';
import { checkPartyContact, type PartyContactRefusal } from '../domain/party-contact.js';
import {
  findWaiver,
  insertFormDocument,
  insertWaiver,
  revokeWaiverRow,
  updatePartyContact,
} from '../store/form.store.js';
import { type CaseAccess, type CaseForCaller, freshCase, logAccess } from './case-access.js';
import { accessTo } from './cases.js';

type Refusal = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'FORMS_NOT_ALLOWED';
type PartyAccess = Extract<CaseAccess, { kind: 'PARTY' }>;

/** Forms are for citizens who see the case in Min side and may fill forms (decidePermissions). */
async function formAccess(ctx: Context, caseId: string, now: Date): Promise<Result<PartyAccess, Refusal>> {
  const access = await accessTo(ctx, caseId, now);
  if (!access.ok) return access;
  if (access.value.kind !== 'PARTY' || !access.value.permissions.fillForms) return err('FORMS_NOT_ALLOWED');
  return ok(access.value);
}

const reloaded = async (ctx: Context, caseId: string, access: PartyAccess): Promise<CaseForCaller> =>
  (await freshCase(ctx, caseId, access))!;

const sender = (access: PartyAccess) => ({ personId: access.viewer.personId, role: access.actingRole });

/** "Send comments on the case" (merknader): an incoming COMMENTS document with the text. */
export async function sendComments(
  ctx: Context,
  caseId: string,
  text: string,
  now: Date,
): Promise<Result<CaseForCaller, Refusal | 'INVALID_COMMENTS'>> {
  const access = await formAccess(ctx, caseId, now);
  if (!access.ok) return access;
  const comments = checkComments(text);
  if (!comments.ok) return comments;
  await ctx.em.transactional((tx) =>
    insertFormDocument(tx as EntityManager, {
      caseId,
      kind: 'COMMENTS',
      title: 'Merknader',
      data: { comments: comments.value },
      sender: sender(access.value),
      at: now,
    }),
  );
  await logAccess(ctx, caseId, access.value, 'DOCUMENT_ADDED', now);
  ctx.log.info({ caseId, form: 'COMMENTS' }, 'form submitted');
  return ok(await reloaded(ctx, caseId, access.value));
}

/**
 * "Change my contact information for this case": the mobile and e-mail registered on the case
 * for the party row the viewer sees it through, recorded as a FORM document too.
 */
export async function changeCaseContact(
  ctx: Context,
  caseId: string,
  contact: { mobile?: string | null; email?: string | null },
  now: Date,
): Promise<Result<CaseForCaller, Refusal | PartyContactRefusal>> {
  const access = await formAccess(ctx, caseId, now);
  if (!access.ok) return access;
  const row = access.value.view.throughParty;
  const checked = checkPartyContact(row.role, contact);
  if (!checked.ok) return checked;
  await ctx.em.transactional(async (tx) => {
    await updatePartyContact(
      tx as EntityManager,
      { caseId, personId: row.personId, role: row.role },
      checked.value,
    );
    await insertFormDocument(tx as EntityManager, {
      caseId,
      kind: 'CONTACT_CHANGE',
      title: 'Endret kontaktinformasjon',
      data: { ...checked.value },
      sender: sender(access.value),
      at: now,
    });
  });
  await logAccess(ctx, caseId, access.value, 'DOCUMENT_ADDED', now);
  ctx.log.info({ caseId, form: 'CONTACT_CHANGE' }, 'form submitted');
  return ok(await reloaded(ctx, caseId, access.value));
}

/** "Fritak fra taushetsplikt overfor navngitt person": by the complainant or their guardian. */
export async function giveWaiver(
  ctx: Context,
  caseId: string,
  input: WaiverInput,
  now: Date,
): Promise<Result<CaseForCaller, Refusal | WaiverRefusal | 'NOT_COMPLAINANT_OR_GUARDIAN'>> {
  const access = await formAccess(ctx, caseId, now);
  if (!access.ok) return access;
  const may = mayGiveWaiver(access.value.actingRole);
  if (!may.ok) return may;
  const waiver = checkWaiver(input, now);
  if (!waiver.ok) return waiver;
  await ctx.em.transactional(async (tx) => {
    const documentId = await insertFormDocument(tx as EntityManager, {
      caseId,
      kind: 'WAIVER',
      title: 'Fritak fra taushetsplikt overfor navngitt person',
      data: { ...waiver.value, validUntil: waiver.value.validUntil?.toISOString() ?? null },
      sender: sender(access.value),
      at: now,
    });
    await insertWaiver(tx as EntityManager, {
      caseId,
      documentId,
      ...waiver.value,
      givenBy: access.value.viewer.personId,
      givenAs: access.value.actingRole,
      createdAt: now,
    });
  });
  await logAccess(ctx, caseId, access.value, 'DOCUMENT_ADDED', now);
  ctx.log.info({ caseId, form: 'WAIVER' }, 'form submitted');
  return ok(await reloaded(ctx, caseId, access.value));
}

/** Revokes a waiver on a case the viewer may give waivers for. */
export async function revokeWaiver(
  ctx: Context,
  waiverId: string,
  now: Date,
): Promise<Result<CaseForCaller, Refusal | 'NOT_COMPLAINANT_OR_GUARDIAN' | 'ALREADY_REVOKED'>> {
  if (ctx.principal.kind === 'anonymous') return err('UNAUTHENTICATED');
  const waiver = await findWaiver(ctx.em, waiverId);
  if (!waiver) return err('NOT_FOUND');
  const access = await formAccess(ctx, waiver.caseId, now);
  if (!access.ok) return access;
  const may = mayGiveWaiver(access.value.actingRole);
  if (!may.ok) return may;
  if (!(await revokeWaiverRow(ctx.em, waiverId, now))) return err('ALREADY_REVOKED');
  ctx.log.info({ caseId: waiver.caseId }, 'waiver revoked');
  return ok(await reloaded(ctx, waiver.caseId, access.value));
}

/** The case's waivers, for case officers, press officers and whoever may give them; others see none. */
export async function waiversFor(ctx: Context, found: CaseForCaller): Promise<Waiver[]> {
  const { access } = found;
  const may = access.kind !== 'PARTY' || mayGiveWaiver(access.actingRole).ok;
  return may ? ctx.loaders.waiversByCaseId.load(found.id) : [];
}
