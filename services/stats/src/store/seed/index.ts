import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseTypeYearRecord } from '../entities/index.js';

/** Synthetic figures (not the body's real statistics). Idempotent. */
const SYNTHETIC_FIGURES: [year: number, caseTypeCode: string, received: number, decided: number][] = [
  [2025, 'PSN_ANSVAR', 1890, 1975],
  [2025, 'PSN_UTMALING', 410, 388],
  [2025, 'HELFO_FRIKORT', 95, 102],
  [2026, 'PSN_ANSVAR', 1712, 1804],
  [2026, 'PSN_UTMALING', 377, 365],
  [2026, 'PSN_ADVOKATUTGIFTER', 64, 58],
  [2026, 'HELFO_FRIKORT', 88, 91],
  [2026, 'APN_ADVARSEL', 14, 11],
];

export async function seed(em: EntityManager, _now: Date): Promise<void> {
  await em.upsertMany(
    CaseTypeYearRecord,
    SYNTHETIC_FIGURES.map(([year, caseTypeCode, received, decided]) => ({
      year,
      caseTypeCode,
      received,
      decided,
    })),
    { onConflictAction: 'ignore', onConflictFields: ['year', 'caseTypeCode'] },
  );
}
