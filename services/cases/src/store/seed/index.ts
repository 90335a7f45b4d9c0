import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseStatus } from '../../domain/case.js';
import { CaseRecord, CaseTypeRecord, FirstInstanceBodyRecord } from '../entities/index.js';
import caseTypes from './reference/case-types.json' with { type: 'json' };
import bodies from './reference/first-instance-bodies.json' with { type: 'json' };

/** Synthetic cases only: no real person or case is ever in seed data. */
const SYNTHETIC_CASES: {
  id: string;
  caseNumber: string;
  caseType: string;
  receivedAt: string;
  status: CaseStatus;
}[] = [
  {
    id: '6f1d2c1e-0001-4a6b-9d3e-000000000001',
    caseNumber: '26/00101',
    caseType: 'PSN_ANSVAR',
    receivedAt: '2026-01-14T09:12:00Z',
    status: 'UNDER_PREPARATION',
  },
  {
    id: '6f1d2c1e-0001-4a6b-9d3e-000000000002',
    caseNumber: '26/00102',
    caseType: 'PSN_UTMALING',
    receivedAt: '2026-02-03T13:40:00Z',
    status: 'SENT_TO_BOARD',
  },
  {
    id: '6f1d2c1e-0001-4a6b-9d3e-000000000003',
    caseNumber: '26/00103',
    caseType: 'PSN_ANSVAR',
    receivedAt: '2026-03-20T08:05:00Z',
    status: 'DECIDED',
  },
];

/**
 * Idempotent: the body's reference data (case types, first-instance bodies) is upserted from
 * the published lists; synthetic cases are inserted once.
 */
export async function seed(em: EntityManager, _now: Date): Promise<void> {
  await em.upsertMany(
    FirstInstanceBodyRecord,
    bodies.map((b) => ({ code: b.code, nameNb: b.name_nb, nameEn: b.name_en ?? null })),
  );
  await em.upsertMany(
    CaseTypeRecord,
    caseTypes.map((t) => ({
      code: t.code,
      nameNb: t.name_nb,
      nameEn: t.name_en ?? null,
      firstInstanceBody: t.first_instance_body_code,
      board: t.board_or_unit,
      validTo: ('valid_to' in t ? (t.valid_to as string | null) : null) ?? null,
    })),
  );
  const byCode = new Map(caseTypes.map((t) => [t.code, t]));
  await em.upsertMany(
    CaseRecord,
    SYNTHETIC_CASES.map((c) => ({
      id: c.id,
      caseNumber: c.caseNumber,
      caseType: c.caseType,
      firstInstanceBody: byCode.get(c.caseType)!.first_instance_body_code,
      receivedAt: new Date(c.receivedAt),
      status: c.status,
    })),
    { onConflictAction: 'ignore', onConflictFields: ['id'] },
  );
}
