import type { EntityManager } from '@mikro-orm/postgresql';
import { deleteAfter } from '../../domain/press-service.js';
import { PressInquiryRecord } from '../entities/index.js';

/** Synthetic inquiries from made-up newsrooms. Idempotent. */
const SYNTHETIC_INQUIRIES = [
  {
    id: '3a9e7d10-2b4c-4f5e-9a1b-000000000001',
    receivedAt: new Date('2026-10-06T10:20:00Z'),
    channel: 'PHONE' as const,
    newsroom: 'Testavisa',
    journalistName: 'Journalist Jens Prøve',
    journalistContact: 'jens.prove@testavisa.example',
    question: 'Hvor mange pasientskadesaker ble behandlet i fjor?',
    caseNumber: null,
    status: 'ANSWERED' as const,
  },
  {
    id: '3a9e7d10-2b4c-4f5e-9a1b-000000000002',
    receivedAt: new Date('2026-11-02T12:45:00Z'),
    channel: 'EMAIL' as const,
    newsroom: 'Eksempel-TV',
    journalistName: 'Reporter Rita Demo',
    journalistContact: 'rita.demo@eksempel-tv.example',
    question: 'Kan dere bekrefte at dere har mottatt en klage i en bestemt sak?',
    caseNumber: '26/00101',
    status: 'IN_PROGRESS' as const,
  },
];

export async function seed(em: EntityManager, _now: Date): Promise<void> {
  await em.upsertMany(
    PressInquiryRecord,
    SYNTHETIC_INQUIRIES.map((i) => ({ ...i, deleteAfter: deleteAfter(i.receivedAt) })),
    { onConflictAction: 'ignore', onConflictFields: ['id'] },
  );
}
