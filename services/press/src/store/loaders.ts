import { orderByKeys } from '@klageportal/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { PressInquiry } from '../domain/press-service.js';
import { findInquiriesByIds } from './press-inquiry.store.js';

/** Per-request loaders: one SQL statement per batch. */
export function createLoaders(em: EntityManager) {
  return {
    inquiryById: new DataLoader<string, PressInquiry | null>(async (ids) =>
      orderByKeys(ids, await findInquiriesByIds(em, ids), (i) => i.id),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
