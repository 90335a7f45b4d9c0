import type { EntityManager } from '@mikro-orm/postgresql';
import type { Case } from '../domain/case.js';
import { CaseRecord } from './entities/index.js';

const toCase = (r: CaseRecord): Case => ({
  id: r.id,
  caseNumber: r.caseNumber,
  caseTypeCode: r.caseType.code,
  firstInstanceBodyCode: r.firstInstanceBody.code,
  receivedAt: r.receivedAt,
  status: r.status,
});

export async function findCasesByIds(em: EntityManager, ids: readonly string[]): Promise<Case[]> {
  const rows = await em.find(CaseRecord, { id: { $in: [...ids] } });
  return rows.map(toCase);
}
