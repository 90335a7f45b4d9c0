import type { Context } from '../context.js';
import type { CaseType, FirstInstanceBody } from '../domain/case.js';
import {
  listCaseTypes as listCaseTypesInStore,
  listFirstInstanceBodies,
} from '../store/reference-data.store.js';

/** Case types and first-instance bodies are public reference data: anyone may read them. */
export async function listCaseTypes(ctx: Context): Promise<CaseType[]> {
  const types = await listCaseTypesInStore(ctx.em);
  for (const type of types) ctx.loaders.caseTypeByCode.prime(type.code, type);
  return types;
}

export async function listBodies(ctx: Context): Promise<FirstInstanceBody[]> {
  return listFirstInstanceBodies(ctx.em);
}

export async function caseTypeByCode(ctx: Context, code: string): Promise<CaseType | null> {
  return ctx.loaders.caseTypeByCode.load(code);
}

export async function firstInstanceBodyByCode(ctx: Context, code: string): Promise<FirstInstanceBody | null> {
  return ctx.loaders.firstInstanceBodyByCode.load(code);
}
