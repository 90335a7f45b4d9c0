import { err, ok, type Result } from '@klageportal/kit';
import type { Context } from '../context.js';
import {
  CASE_NUMBER,
  type CaseStatus,
  type CourtStatus,
  nextCaseNumber,
  type Outcome,
} from '../domain/case.js';
import { decideStatusChange, type StatusChangeRefusal } from '../domain/case-status.js';
import type { PartyRole } from '../domain/party.js';
import { checkPartyContact, type PartyContactRefusal } from '../domain/party-contact.js';
import { insertCase, saveCourtStatus, saveStatusChange } from '../store/case.store.js';
import { type CaseFilter, type CaseRow, findStaffPage } from '../store/case-query.store.js';
import type { Page } from '../store/page.js';
import { addParty, removeParty } from '../store/party.store.js';
import { authoriseCaseOfficer } from './authorise.js';
import { type CaseForCaller, freshCase, logAccess } from './case-access.js';
import { checkPaging, type Paging } from './cases.js';

type Refusal = 'UNAUTHENTICATED' | 'FORBIDDEN';

/** The body's own time zone: a case received on a date there belongs to that year. */
const yearInOslo = (at: Date) =>
  Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(at));

/** Case officers: every case, filtered, newest change first. */
export async function listCases(
  ctx: Context,
  filter: CaseFilter,
  paging: Paging,
): Promise<Result<Page<CaseRow>, Refusal | 'BAD_USER_INPUT'>> {
  const officer = authoriseCaseOfficer(ctx.principal);
  if (!officer.ok) return officer;
  const checked = checkPaging(paging);
  if (!checked.ok) return checked;
  return ok(await findStaffPage(ctx.em, filter, checked.value));
}

const officerCase = (ctx: Context, staffId: string, caseId: string) =>
  freshCase(ctx, caseId, { kind: 'OFFICER', staffId });

export type RegisterCaseInput = {
  caseNumber?: string | null;
  caseTypeCode: string;
  receivedAt?: Date | null;
};

/**
 * Registers a received complaint: its case type (which gives the first-instance body and the
 * board), when it was received (not in the future; default now), and its case number (given, or
 * the next of the year it was received in).
 */
export async function registerCase(
  ctx: Context,
  input: RegisterCaseInput,
  now: Date,
): Promise<
  Result<
    CaseForCaller,
    | Refusal
    | 'UNKNOWN_CASE_TYPE'
    | 'CASE_TYPE_ENDED'
    | 'RECEIVED_IN_FUTURE'
    | 'INVALID_CASE_NUMBER'
    | 'CASE_NUMBER_TAKEN'
  >
> {
  const officer = authoriseCaseOfficer(ctx.principal);
  if (!officer.ok) return officer;
  const type = await ctx.loaders.caseTypeByCode.load(input.caseTypeCode);
  if (!type) return err('UNKNOWN_CASE_TYPE');
  const receivedAt = input.receivedAt ?? now;
  if (receivedAt > now) return err('RECEIVED_IN_FUTURE');
  if (type.validTo !== null && receivedAt.toISOString().slice(0, 10) > type.validTo)
    return err('CASE_TYPE_ENDED');
  const given = input.caseNumber?.trim() || null;
  if (given !== null && !CASE_NUMBER.test(given)) return err('INVALID_CASE_NUMBER');
  const year = yearInOslo(receivedAt);
  // the year's next number is taken inside the insert, under a lock per year (no race between
  // concurrent registrations); a number given by hand can still be taken: CASE_NUMBER_TAKEN
  const created = await insertCase(
    ctx.em,
    {
      caseNumber: given ?? {
        yy: String(year % 100).padStart(2, '0'),
        next: (last) => nextCaseNumber(last, year),
      },
      caseTypeCode: type.code,
      firstInstanceBodyCode: type.firstInstanceBodyCode,
      board: type.board,
      receivedAt,
    },
    now,
  );
  if (!created.ok) return created;
  const access = { kind: 'OFFICER', staffId: officer.value } as const;
  await logAccess(ctx, created.value.id, access, 'REGISTERED', now);
  ctx.log.info({ caseId: created.value.id }, 'case registered');
  return ok({ ...created.value, access });
}

export type AddPartyInput = {
  caseId: string;
  /** Identity's person id (from identity's registerPerson): cases never sees a fødselsnummer. */
  personId: string;
  name: string;
  role: PartyRole;
  mobile?: string | null;
  email?: string | null;
};

/** Adds a person to a case in a role, with the contact details registered for them on the case. */
export async function addCaseParty(
  ctx: Context,
  input: AddPartyInput,
  now: Date,
): Promise<
  Result<CaseForCaller, Refusal | 'NOT_FOUND' | 'INVALID_NAME' | 'PARTY_EXISTS' | PartyContactRefusal>
> {
  const officer = authoriseCaseOfficer(ctx.principal);
  if (!officer.ok) return officer;
  if (!(await ctx.loaders.caseById.load(input.caseId))) return err('NOT_FOUND');
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name.length < 2 || name.length > 200) return err('INVALID_NAME');
  const contact = checkPartyContact(input.role, input);
  if (!contact.ok) return contact;
  const added = await addParty(
    ctx.em,
    { caseId: input.caseId, personId: input.personId, name, role: input.role, ...contact.value },
    now,
  );
  if (!added.ok) return added;
  await logAccess(ctx, input.caseId, { kind: 'OFFICER', staffId: officer.value }, 'PARTY_ADDED', now);
  ctx.log.info({ caseId: input.caseId, role: input.role }, 'party added');
  return ok((await officerCase(ctx, officer.value, input.caseId))!);
}

export async function removeCaseParty(
  ctx: Context,
  input: { caseId: string; personId: string; role: PartyRole },
  now: Date,
): Promise<Result<CaseForCaller, Refusal | 'NOT_FOUND' | 'NOT_A_PARTY'>> {
  const officer = authoriseCaseOfficer(ctx.principal);
  if (!officer.ok) return officer;
  if (!(await ctx.loaders.caseById.load(input.caseId))) return err('NOT_FOUND');
  if (!(await removeParty(ctx.em, input.caseId, input.personId, input.role))) return err('NOT_A_PARTY');
  await logAccess(ctx, input.caseId, { kind: 'OFFICER', staffId: officer.value }, 'PARTY_REMOVED', now);
  ctx.log.info({ caseId: input.caseId, role: input.role }, 'party removed');
  return ok((await officerCase(ctx, officer.value, input.caseId))!);
}

export type ChangeStatusInput = {
  caseId: string;
  to: CaseStatus;
  outcome?: Outcome | null;
  decidedAt?: Date | null;
};

/** Moves a case along the body's process (decideStatusChange), recording the decision with DECIDED. */
export async function changeCaseStatus(
  ctx: Context,
  input: ChangeStatusInput,
  now: Date,
): Promise<Result<CaseForCaller, Refusal | 'NOT_FOUND' | StatusChangeRefusal | 'CHANGED_MEANWHILE'>> {
  const officer = authoriseCaseOfficer(ctx.principal);
  if (!officer.ok) return officer;
  const current = await ctx.loaders.caseDetailsById.load(input.caseId);
  if (!current) return err('NOT_FOUND');
  const after = decideStatusChange(current, input, now);
  if (!after.ok) return after;
  const saved = await saveStatusChange(ctx.em, input.caseId, current.status, after.value, now);
  if (!saved.ok) return saved;
  await logAccess(ctx, input.caseId, { kind: 'OFFICER', staffId: officer.value }, 'STATUS_CHANGED', now);
  ctx.deps.kickOutbox();
  ctx.log.info({ caseId: input.caseId, status: input.to }, 'case status changed');
  return ok((await officerCase(ctx, officer.value, input.caseId))!);
}

/** Records where the case stands in the courts. */
export async function setCourtStatus(
  ctx: Context,
  input: { caseId: string; courtStatus: CourtStatus },
  now: Date,
): Promise<Result<CaseForCaller, Refusal | 'NOT_FOUND'>> {
  const officer = authoriseCaseOfficer(ctx.principal);
  if (!officer.ok) return officer;
  if (!(await saveCourtStatus(ctx.em, input.caseId, input.courtStatus, now))) return err('NOT_FOUND');
  await logAccess(
    ctx,
    input.caseId,
    { kind: 'OFFICER', staffId: officer.value },
    'COURT_STATUS_CHANGED',
    now,
  );
  return ok((await officerCase(ctx, officer.value, input.caseId))!);
}
