import type { EntityManager } from '@mikro-orm/postgresql';
import type { PressInquiry } from '../domain/press-service.js';
import { PressInquiryRecord } from './entities/index.js';

const toInquiry = (r: PressInquiryRecord): PressInquiry => ({
  id: r.id,
  receivedAt: r.receivedAt,
  channel: r.channel,
  newsroom: r.newsroom,
  question: r.question,
  caseNumber: r.caseNumber,
  status: r.status,
});

export async function listRecentInquiries(em: EntityManager, limit: number): Promise<PressInquiry[]> {
  const rows = await em.find(PressInquiryRecord, {}, { orderBy: { receivedAt: 'desc' }, limit });
  return rows.map(toInquiry);
}

export async function findInquiriesByIds(em: EntityManager, ids: readonly string[]): Promise<PressInquiry[]> {
  const rows = await em.find(PressInquiryRecord, { id: { $in: [...ids] } });
  return rows.map(toInquiry);
}
