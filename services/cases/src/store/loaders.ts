import { orderByKeys } from '@klageportal/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Case, CaseType, FirstInstanceBody, StatusEvent } from '../domain/case.js';
import type { Party } from '../domain/party.js';
import { findCasesByIds, findTimelines } from './case.store.js';
import { findPartiesByCaseIds } from './party.store.js';
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
    /** The parties of a case ([] for none or an unknown case). */
    partiesByCaseId: new DataLoader<string, Party[]>(async (ids) => {
      const parties = await findPartiesByCaseIds(em, ids);
      return ids.map((id) => parties.get(id)!);
    }),
    /** A case's status timeline, oldest first ([] for an unknown case). */
    timelineByCaseId: new DataLoader<string, StatusEvent[]>(async (ids) => {
      const timelines = await findTimelines(em, ids);
      return ids.map((id) => timelines.get(id)!);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
