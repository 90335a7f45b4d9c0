import { orderByKeys } from '@klageportal/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { type AccessEntry, accessLogKey } from '../domain/access-log.js';
import type { Case, CaseDetails, CaseType, FirstInstanceBody } from '../domain/case.js';
import type { CaseDocument } from '../domain/document.js';
import type { Waiver } from '../domain/forms.js';
import type { NamedParty } from '../domain/party.js';
import { appendAccessLog } from './access-log.store.js';
import { findCaseDetailsByIds, findCaseIdsByNumbers, findCasesByIds } from './case.store.js';
import { findDocumentsByCaseIds } from './document.store.js';
import { findWaiversByCaseIds } from './form.store.js';
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
    /** A case's id by its case number (references from other subgraphs by `caseNumber`). */
    caseIdByNumber: new DataLoader<string, string | null>(async (numbers) =>
      orderByKeys(numbers, await findCaseIdsByNumbers(em, numbers), (c) => c.caseNumber).map(
        (c) => c?.id ?? null,
      ),
    ),
    /** A case with board, decision, court status and timeline (two statements per batch). */
    caseDetailsById: new DataLoader<string, CaseDetails | null>(async (ids) =>
      orderByKeys(ids, await findCaseDetailsByIds(em, ids), (c) => c.id),
    ),
    /** The parties of a case ([] for none or an unknown case). */
    partiesByCaseId: new DataLoader<string, NamedParty[]>(async (ids) => {
      const parties = await findPartiesByCaseIds(em, ids);
      return ids.map((id) => parties.get(id)!);
    }),
    /** A case's documents with their files, oldest first (one statement per batch). */
    documentsByCaseId: new DataLoader<string, CaseDocument[]>(async (ids) => {
      const docs = await findDocumentsByCaseIds(em, ids);
      return ids.map((id) => docs.get(id)!);
    }),
    /** A case's confidentiality waivers, newest first (one statement per batch). */
    waiversByCaseId: new DataLoader<string, Waiver[]>(async (ids) => {
      const waivers = await findWaiversByCaseIds(em, ids);
      return ids.map((id) => waivers.get(id)!);
    }),
    /**
     * Access-log writes of one request, batched into one insert. Awaiting `load` waits for the
     * write, so a read is answered only once it is logged. Every entry is written, except that a
     * case listed twice in one request is one LISTED entry (accessLogKey).
     */
    accessLog: new DataLoader<AccessEntry, true, string>(
      async (entries) => {
        await appendAccessLog(em, entries);
        return entries.map(() => true as const);
      },
      { cacheKeyFn: accessLogKey() },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
