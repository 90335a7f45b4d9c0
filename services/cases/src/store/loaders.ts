import { orderByKeys } from '@klageportal/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Case, CaseType, FirstInstanceBody } from '../domain/case.js';
import { findCasesByIds } from './case.store.js';
import { findCaseTypesByCodes, findFirstInstanceBodiesByCodes } from './reference-data.store.js';

/** Per-request loaders: one SQL statement per batch, whatever the number of references. */
export function createLoaders(em: EntityManager) {
  return {
    caseTypeByCode: new DataLoader<string, CaseType | null>(async (codes) =>
      orderByKeys(codes, await findCaseTypesByCodes(em, codes), (t) => t.code),
    ),
    firstInstanceBodyByCode: new DataLoader<string, FirstInstanceBody | null>(async (codes) =>
      orderByKeys(codes, await findFirstInstanceBodiesByCodes(em, codes), (b) => b.code),
    ),
    caseById: new DataLoader<string, Case | null>(async (ids) =>
      orderByKeys(ids, await findCasesByIds(em, ids), (c) => c.id),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
