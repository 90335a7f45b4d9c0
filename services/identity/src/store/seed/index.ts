import type { EntityManager } from '@mikro-orm/postgresql';
import { PersonRecord } from '../entities/index.js';

/** Synthetic persons only (names from no real register). Idempotent. */
export const SYNTHETIC_PERSONS = [
  { id: '0b7c2a52-5f7e-4c1e-8f2a-000000000001', displayName: 'Kari Testesen' },
  { id: '0b7c2a52-5f7e-4c1e-8f2a-000000000002', displayName: 'Ola Prøvesen' },
  { id: '0b7c2a52-5f7e-4c1e-8f2a-000000000003', displayName: 'Advokat Anne Eksempel' },
] as const;

export async function seed(em: EntityManager, now: Date): Promise<void> {
  await em.upsertMany(
    PersonRecord,
    SYNTHETIC_PERSONS.map((p) => ({ ...p, createdAt: now })),
    { onConflictAction: 'ignore', onConflictFields: ['id'] },
  );
}
