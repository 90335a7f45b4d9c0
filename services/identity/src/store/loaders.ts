import { orderByKeys } from '@klageportal/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Person } from '../domain/person.js';
import { findPersonsByIds } from './person.store.js';

/** Per-request loaders: one SQL statement per batch. */
export function createLoaders(em: EntityManager) {
  return {
    personById: new DataLoader<string, Person | null>(async (ids) =>
      orderByKeys(ids, await findPersonsByIds(em, ids), (p) => p.id),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
