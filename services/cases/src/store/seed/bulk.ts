import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CASE_STATUSES } from '../../domain/case.js';
import { CasePartyRecord, CaseRecord, CaseStatusEventRecord, DocumentRecord } from '../entities/index.js';
import { appendCaseEvents } from '../outbox.store.js';

/**
 * Many synthetic cases for one lawyer, for benchmarks and statement-count tests: each case has a
 * made-up complainant and the lawyer, both with full contact details, and a short timeline.
 * Case numbers are `<prefix>/NNNNN`-like (`prefix` two digits, unused by real years in tests).
 * With `documents`, each case also gets that many letters from the body (no files), a minute apart
 * after it was received, so that Mine saker's newest documents have something to choose from.
 */
export async function seedLawyerCases(
  em: EntityManager,
  options: {
    lawyerPersonId: string;
    count: number;
    prefix: string;
    caseTypeCode?: string;
    firstInstanceBodyCode?: string;
    board?: string;
    from?: number;
    /** Letters per case (default none). */
    documents?: number;
  },
): Promise<string[]> {
  const base = Date.parse('2026-01-01T08:00:00Z');
  const ids: string[] = [];
  const cases: Record<string, unknown>[] = [];
  const parties: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const documents: Record<string, unknown>[] = [];
  const first = options.from ?? 1;
  for (let i = first; i < first + options.count; i++) {
    const id = randomUUID();
    ids.push(id);
    const receivedAt = new Date(base + i * 3_600_000);
    const status = CASE_STATUSES[i % 3]!; // RECEIVED, UNDER_PREPARATION, SENT_TO_BOARD
    cases.push({
      id,
      caseNumber: `${options.prefix}/${String(i).padStart(5, '0')}`,
      caseType: options.caseTypeCode ?? 'PSN_ANSVAR',
      firstInstanceBody: options.firstInstanceBodyCode ?? 'NPE',
      board: options.board ?? 'PSN',
      receivedAt,
      status,
      courtStatus: 'NONE',
      updatedAt: receivedAt,
    });
    const complainant = randomUUID();
    parties.push(
      {
        id: randomUUID(),
        caseId: id,
        personId: complainant,
        displayName: `Klager ${i}`,
        role: 'COMPLAINANT',
        mobile: '+4791234567',
        email: `klager${i}@example.com`,
        createdAt: receivedAt,
      },
      {
        id: randomUUID(),
        caseId: id,
        personId: options.lawyerPersonId,
        displayName: 'Advokat Benk',
        role: 'LAWYER',
        mobile: '+4799999999',
        email: 'advokat.benk@advokatfirma.example',
        createdAt: receivedAt,
      },
    );
    for (let k = 1; k <= (options.documents ?? 0); k++) {
      documents.push({
        id: randomUUID(),
        caseId: id,
        direction: 'OUT',
        category: 'LETTER',
        title: `Brev ${k} i sak ${i}`,
        createdAt: new Date(receivedAt.getTime() + k * 60_000 + 30_000),
        senderKind: 'STAFF',
        senderId: 'saksbehandler-benk',
        senderRole: 'CASE_OFFICER',
      });
    }
    for (const [k, s] of CASE_STATUSES.slice(0, CASE_STATUSES.indexOf(status) + 1).entries()) {
      events.push({
        id: randomUUID(),
        caseId: id,
        status: s,
        at: new Date(receivedAt.getTime() + k * 60_000),
      });
    }
  }
  for (let i = 0; i < cases.length; i += 1000) {
    await em.insertMany(CaseRecord, cases.slice(i, i + 1000) as never[]);
  }
  for (let i = 0; i < parties.length; i += 1000) {
    await em.insertMany(CasePartyRecord, parties.slice(i, i + 1000) as never[]);
  }
  for (let i = 0; i < events.length; i += 1000) {
    await em.insertMany(CaseStatusEventRecord, events.slice(i, i + 1000) as never[]);
  }
  for (let i = 0; i < documents.length; i += 1000) {
    await em.insertMany(DocumentRecord, documents.slice(i, i + 1000) as never[]);
  }
  for (let i = 0; i < ids.length; i += 1000) {
    await appendCaseEvents(em, 'CASE_RECEIVED', ids.slice(i, i + 1000), new Date());
  }
  return ids;
}
