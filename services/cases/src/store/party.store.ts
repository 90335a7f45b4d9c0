import { randomUUID } from 'node:crypto';
import { err, ok, type Result } from '@klageportal/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NamedParty, PartyRole } from '../domain/party.js';
import { CasePartyRecord } from './entities/index.js';

const toParty = (r: CasePartyRecord): NamedParty => ({
  personId: r.personId,
  name: r.displayName,
  role: r.role,
  mobile: r.mobile,
  email: r.email,
});

/** The parties of many cases in one statement: every asked id is a key, [] when it has none. */
export async function findPartiesByCaseIds(
  em: EntityManager,
  caseIds: readonly string[],
): Promise<Map<string, NamedParty[]>> {
  const parties = new Map<string, NamedParty[]>(caseIds.map((id) => [id, []]));
  if (caseIds.length === 0) return parties;
  const rows = await em.find(
    CasePartyRecord,
    { caseId: { $in: [...new Set(caseIds)] } },
    { orderBy: { caseId: 'asc', createdAt: 'asc', role: 'asc', id: 'asc' }, disableIdentityMap: true },
  );
  for (const row of rows) parties.get(row.caseId)?.push(toParty(row));
  return parties;
}

export type NewParty = {
  caseId: string;
  personId: string;
  name: string;
  role: PartyRole;
  mobile?: string | null;
  email?: string | null;
};

/**
 * Adds a person to a case in a role, with the contact details given (store them normalised).
 * A person has each role on a case at most once: a second add is `PARTY_EXISTS` and changes nothing.
 */
export async function addParty(
  em: EntityManager,
  input: NewParty,
  now: Date,
): Promise<Result<NamedParty, 'PARTY_EXISTS'>> {
  const row = {
    id: randomUUID(),
    caseId: input.caseId,
    personId: input.personId,
    displayName: input.name,
    role: input.role,
    mobile: input.mobile ?? null,
    email: input.email ?? null,
    createdAt: now,
  };
  const res = await em
    .createQueryBuilder(CasePartyRecord)
    .insert(row)
    .onConflict(['caseId', 'personId', 'role'])
    .ignore()
    .execute('run');
  if (res.affectedRows === 0) return err('PARTY_EXISTS');
  return ok({
    personId: row.personId,
    name: row.displayName,
    role: row.role,
    mobile: row.mobile,
    email: row.email,
  });
}

/** Removes a person's role on a case; false when they did not have it. */
export async function removeParty(
  em: EntityManager,
  caseId: string,
  personId: string,
  role: PartyRole,
): Promise<boolean> {
  return (await em.nativeDelete(CasePartyRecord, { caseId, personId, role })) > 0;
}
