import type { EntityManager } from '@mikro-orm/postgresql';
import type { Person } from '../domain/person.js';
import { PersonRecord } from './entities/index.js';

const toPerson = (r: PersonRecord): Person => ({
  id: r.id,
  displayName: r.displayName,
  deceasedAt: r.deceasedAt,
});

export async function findPersonsByIds(em: EntityManager, ids: readonly string[]): Promise<Person[]> {
  const rows = await em.find(PersonRecord, { id: { $in: [...ids] } });
  return rows.map(toPerson);
}
