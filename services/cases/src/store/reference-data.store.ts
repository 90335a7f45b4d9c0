import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseType, FirstInstanceBody } from '../domain/case.js';
import { CaseTypeRecord, FirstInstanceBodyRecord } from './entities/index.js';

const toCaseType = (r: CaseTypeRecord): CaseType => ({
  code: r.code,
  names: { nb: r.nameNb, en: r.nameEn },
  firstInstanceBodyCode: r.firstInstanceBody.code,
  board: r.board,
  validTo: r.validTo,
});

const toFirstInstanceBody = (r: FirstInstanceBodyRecord): FirstInstanceBody => ({
  code: r.code,
  names: { nb: r.nameNb, en: r.nameEn },
});

export async function listCaseTypes(em: EntityManager): Promise<CaseType[]> {
  const rows = await em.find(CaseTypeRecord, {}, { orderBy: { code: 'asc' } });
  return rows.map(toCaseType);
}

export async function findCaseTypesByCodes(em: EntityManager, codes: readonly string[]): Promise<CaseType[]> {
  const rows = await em.find(CaseTypeRecord, { code: { $in: [...codes] } });
  return rows.map(toCaseType);
}

export async function listFirstInstanceBodies(em: EntityManager): Promise<FirstInstanceBody[]> {
  const rows = await em.find(FirstInstanceBodyRecord, {}, { orderBy: { code: 'asc' } });
  return rows.map(toFirstInstanceBody);
}

export async function findFirstInstanceBodiesByCodes(
  em: EntityManager,
  codes: readonly string[],
): Promise<FirstInstanceBody[]> {
  const rows = await em.find(FirstInstanceBodyRecord, { code: { $in: [...codes] } });
  return rows.map(toFirstInstanceBody);
}
