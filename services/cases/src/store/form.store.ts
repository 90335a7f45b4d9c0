import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessRole } from '../domain/access-log.js';
import type { FormKind, Waiver } from '../domain/forms.js';
import type { PartyRole } from '../domain/party.js';
import { insertDocument } from './document.store.js';
import { CasePartyRecord, FormAnswerRecord, WaiverRecord } from './entities/index.js';

/** A submitted form as an incoming document with its answers (inside the caller's transaction). */
export async function insertFormDocument(
  tx: EntityManager,
  input: {
    caseId: string;
    kind: FormKind;
    title: string;
    data: Record<string, unknown>;
    sender: { personId: string; role: AccessRole };
    at: Date;
  },
): Promise<string> {
  const documentId = await insertDocument(tx, {
    caseId: input.caseId,
    direction: 'IN',
    category: input.kind === 'COMMENTS' ? 'COMMENTS' : 'FORM',
    title: input.title,
    createdAt: input.at,
    senderKind: 'PERSON',
    senderId: input.sender.personId,
    senderRole: input.sender.role,
    files: [],
  });
  await tx.insert(FormAnswerRecord, { documentId, kind: input.kind, data: input.data });
  return documentId;
}

/** Sets the mobile and e-mail registered for one party row on a case. */
export async function updatePartyContact(
  tx: EntityManager,
  row: { caseId: string; personId: string; role: PartyRole },
  contact: { mobile: string | null; email: string | null },
): Promise<boolean> {
  return (await tx.nativeUpdate(CasePartyRecord, row, contact)) > 0;
}

export async function insertWaiver(
  tx: EntityManager,
  waiver: Omit<Waiver, 'id' | 'revokedAt'> & { documentId: string },
): Promise<string> {
  const id = randomUUID();
  await tx.insert(WaiverRecord, { id, ...waiver, revokedAt: null });
  return id;
}

const toWaiver = (r: WaiverRecord): Waiver => ({
  id: r.id,
  caseId: r.caseId,
  journalist: r.journalist,
  newsroom: r.newsroom,
  excludedTopics: r.excludedTopics,
  validUntil: r.validUntil,
  givenBy: r.givenBy,
  givenAs: r.givenAs,
  createdAt: r.createdAt,
  revokedAt: r.revokedAt,
});

/** The waivers of many cases in one statement, newest first. */
export async function findWaiversByCaseIds(
  em: EntityManager,
  caseIds: readonly string[],
): Promise<Map<string, Waiver[]>> {
  const result = new Map<string, Waiver[]>(caseIds.map((id) => [id, []]));
  if (caseIds.length === 0) return result;
  const rows = await em.find(
    WaiverRecord,
    { caseId: { $in: [...new Set(caseIds)] } },
    { orderBy: { createdAt: 'desc', id: 'desc' }, disableIdentityMap: true },
  );
  for (const r of rows) result.get(r.caseId)?.push(toWaiver(r));
  return result;
}

export async function findWaiver(em: EntityManager, id: string): Promise<Waiver | null> {
  const row = await em.findOne(WaiverRecord, { id }, { disableIdentityMap: true });
  return row ? toWaiver(row) : null;
}

/** Revokes a waiver at `at`; false when it does not exist or was revoked already. */
export async function revokeWaiverRow(em: EntityManager, id: string, at: Date): Promise<boolean> {
  return (await em.nativeUpdate(WaiverRecord, { id, revokedAt: null }, { revokedAt: at })) > 0;
}
