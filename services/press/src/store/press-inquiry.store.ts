import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CheckedInquiry } from '../domain/press-log.js';
import { deleteAfter, type InquiryStatus, type PressInquiry } from '../domain/press-service.js';
import { PressInquiryRecord } from './entities/index.js';

const toInquiry = (r: PressInquiryRecord): PressInquiry => ({
  id: r.id,
  receivedAt: r.receivedAt,
  channel: r.channel,
  newsroom: r.newsroom,
  journalistName: r.journalistName,
  journalistContact: r.journalistContact,
  question: r.question,
  caseNumber: r.caseNumber,
  status: r.status,
  answer: r.answer,
  answeredAt: r.answeredAt,
  handledBy: r.handledBy,
  deleteAfter: r.deleteAfter,
});

/** The newest entries first (received time, then id, so equal times keep one order). */
export async function listRecentInquiries(em: EntityManager, limit: number): Promise<PressInquiry[]> {
  const rows = await em.find(PressInquiryRecord, {}, { orderBy: { receivedAt: 'desc', id: 'desc' }, limit });
  return rows.map(toInquiry);
}

export async function findInquiriesByIds(em: EntityManager, ids: readonly string[]): Promise<PressInquiry[]> {
  const rows = await em.find(PressInquiryRecord, { id: { $in: [...ids] } });
  return rows.map(toInquiry);
}

/** Logs an entry, to be deleted ten years after it was received. */
export async function insertInquiry(
  em: EntityManager,
  inquiry: CheckedInquiry,
  handledBy: string,
): Promise<PressInquiry> {
  const record = em.create(PressInquiryRecord, {
    id: randomUUID(),
    ...inquiry,
    status: 'RECEIVED',
    handledBy,
    deleteAfter: deleteAfter(inquiry.receivedAt),
  });
  await em.flush();
  return toInquiry(record);
}

/** Moves an entry (with the answer when there is one); the staff id becomes who handled it. */
export async function updateInquiry(
  em: EntityManager,
  id: string,
  change: { status: InquiryStatus; handledBy: string; answer?: string; answeredAt?: Date },
): Promise<PressInquiry | null> {
  const record = await em.findOne(PressInquiryRecord, { id });
  if (!record) return null;
  record.status = change.status;
  record.handledBy = change.handledBy;
  if (change.answer !== undefined) record.answer = change.answer;
  if (change.answeredAt !== undefined) record.answeredAt = change.answeredAt;
  await em.flush();
  return toInquiry(record);
}

/** Deletes every entry whose ten years are up at `now`; returns how many. */
export async function deleteExpiredInquiries(em: EntityManager, now: Date): Promise<number> {
  return em.nativeDelete(PressInquiryRecord, { deleteAfter: { $lte: now } });
}
