import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Fodselsnummer } from '../domain/fodselsnummer.js';
import type { Person } from '../domain/person.js';
import { PersonRecord } from './entities/index.js';
import type { FnrVault } from './fnr-vault.js';

const toPerson = (r: PersonRecord): Person => ({
  id: r.id,
  displayName: r.displayName,
  deceasedAt: r.deceasedAt,
});

export async function findPersonsByIds(em: EntityManager, ids: readonly string[]): Promise<Person[]> {
  const rows = await em.find(PersonRecord, { id: { $in: [...ids] } });
  return rows.map(toPerson);
}

/** The person with this fødselsnummer, found by its keyed hash (the number itself is never queried). */
export async function findPersonByFnr(
  em: EntityManager,
  vault: FnrVault,
  fnr: Fodselsnummer,
): Promise<Person | null> {
  const row = await em.findOne(PersonRecord, { fnrHash: vault.hash(fnr) });
  return row ? toPerson(row) : null;
}

/**
 * The person with this fødselsnummer, created with `displayName` on first sight. Safe against
 * two first logins at once: the insert yields to the unique hash, and the row is read back.
 */
export async function findOrCreatePersonByFnr(
  em: EntityManager,
  vault: FnrVault,
  fnr: Fodselsnummer,
  displayName: string,
  now: Date,
): Promise<{ person: Person; created: boolean }> {
  const existing = await findPersonByFnr(em, vault, fnr);
  if (existing) return { person: existing, created: false };
  const id = randomUUID();
  await em
    .createQueryBuilder(PersonRecord)
    .insert({ id, displayName, fnrHash: vault.hash(fnr), fnrEncrypted: vault.encrypt(fnr), createdAt: now })
    .onConflict('fnrHash')
    .ignore()
    .execute();
  const person = await findPersonByFnr(em, vault, fnr);
  if (!person) throw new Error('person: neither inserted nor found by fnr hash');
  return { person, created: person.id === id };
}

/**
 * The fødselsnummer of a person, decrypted: for the few places that must hand it on (never to
 * a log). Null when the person does not exist.
 */
export async function findFnrOfPerson(
  em: EntityManager,
  vault: FnrVault,
  personId: string,
): Promise<Fodselsnummer | null> {
  const row = await em.findOne(PersonRecord, { id: personId }, { fields: ['fnrEncrypted'] });
  return row ? vault.decrypt(row.fnrEncrypted) : null;
}
