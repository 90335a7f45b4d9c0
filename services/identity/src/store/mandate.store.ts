import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Mandate } from '../domain/mandate.js';
import { MandateRecord } from './entities/index.js';

const toMandate = (r: MandateRecord): Mandate => ({
  id: r.id,
  agentPersonId: r.agentPersonId,
  principalPersonId: r.principalPersonId,
  role: r.role,
  caseNumber: r.caseNumber,
  validFrom: r.validFrom,
  validUntil: r.validUntil,
  source: r.source,
});

const ORDER = { orderBy: { validFrom: 'asc', id: 'asc' } } as const;

/** Every mandate (past, present and future) where these persons are the agent; one statement. */
export async function findMandatesForAgents(
  em: EntityManager,
  personIds: readonly string[],
): Promise<Mandate[]> {
  const rows = await em.find(MandateRecord, { agentPersonId: { $in: [...personIds] } }, ORDER);
  return rows.map(toMandate);
}

/** Every mandate where these persons are the principal; one statement. */
export async function findMandatesForPrincipals(
  em: EntityManager,
  personIds: readonly string[],
): Promise<Mandate[]> {
  const rows = await em.find(MandateRecord, { principalPersonId: { $in: [...personIds] } }, ORDER);
  return rows.map(toMandate);
}

/** Whom this person may act for (filter with mayActFor / isMandateValidAt). */
export async function findMandatesForAgent(em: EntityManager, personId: string): Promise<Mandate[]> {
  return findMandatesForAgents(em, [personId]);
}

/** Who may act for this person. */
export async function findMandatesForPrincipal(em: EntityManager, personId: string): Promise<Mandate[]> {
  return findMandatesForPrincipals(em, [personId]);
}

/** The GUARDIAN mandates over this person, whatever their dates (decide with hasGuardian). */
export async function findGuardianMandates(em: EntityManager, principalPersonId: string): Promise<Mandate[]> {
  const rows = await em.find(MandateRecord, { principalPersonId, role: 'GUARDIAN' }, ORDER);
  return rows.map(toMandate);
}

/** Registers a mandate (id generated unless given). */
export async function createMandate(
  em: EntityManager,
  input: Omit<Mandate, 'id'> & { id?: string },
): Promise<Mandate> {
  const mandate: Mandate = { ...input, id: input.id ?? randomUUID() };
  await em.insert(MandateRecord, mandate);
  return mandate;
}
