import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessEntry } from '../domain/access-log.js';
import { AccessLogRecord } from './entities/index.js';

/** Appends entries to the access log in one statement. */
export async function appendAccessLog(em: EntityManager, entries: readonly AccessEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await em.insertMany(
    AccessLogRecord,
    entries.map((e) => ({ id: randomUUID(), ...e })),
  );
}

/** A case's access log, newest first, at most `limit` entries. */
export async function findAccessLog(
  em: EntityManager,
  caseId: string,
  limit: number,
): Promise<AccessEntry[]> {
  const rows = await em.find(
    AccessLogRecord,
    { caseId },
    { orderBy: { at: 'desc', id: 'desc' }, limit, disableIdentityMap: true },
  );
  return rows.map((r) => ({
    caseId: r.caseId,
    actorKind: r.actorKind,
    actorId: r.actorId,
    actorRole: r.actorRole,
    action: r.action,
    at: r.at,
  }));
}
