import type { EntityManager } from '@mikro-orm/postgresql';
import { NotificationConsentRecord, OutboxRecord } from './entities/index.js';
import type { OutboxKind } from './entities/outbox.entity.js';

/** Appends an event to the outbox, inside the caller's transaction. */
export async function appendOutbox(
  tx: EntityManager,
  kind: OutboxKind,
  caseId: string,
  at: Date,
): Promise<void> {
  await tx.insert(OutboxRecord, { kind, caseId, createdAt: at });
}

export type OutboxEvent = { seq: string; kind: OutboxKind; caseId: string };

/**
 * The consumer's next events after its cursor, with the cursor row locked for this transaction
 * (one relay at a time); `advance` moves the cursor past them in the same transaction.
 */
export async function readOutbox(
  tx: EntityManager,
  consumer: string,
  limit: number,
): Promise<{ events: OutboxEvent[]; advance(): Promise<void> }> {
  await tx.execute(
    'insert into cases.outbox_cursor (consumer, last_seq) values (?, 0) on conflict (consumer) do nothing',
    [consumer],
  );
  const [cursor] = await tx.execute<{ last_seq: string }[]>(
    'select last_seq from cases.outbox_cursor where consumer = ? for update',
    [consumer],
  );
  const rows = await tx.execute<{ seq: string; kind: OutboxKind; case_id: string }[]>(
    'select seq, kind, case_id from cases.outbox where seq > ? order by seq limit ?',
    [cursor?.last_seq ?? '0', limit],
  );
  const events = rows.map((r) => ({ seq: String(r.seq), kind: r.kind, caseId: r.case_id }));
  return {
    events,
    advance: async () => {
      const last = events.at(-1);
      if (last) {
        await tx.execute('update cases.outbox_cursor set last_seq = ? where consumer = ?', [
          last.seq,
          consumer,
        ]);
      }
    },
  };
}

/** Records identity's consent event, unless a newer one is already recorded. */
export async function recordNotificationConsent(
  em: EntityManager,
  event: { personId: string; notifications: boolean; at: Date },
): Promise<void> {
  await em.execute(
    `insert into cases.notification_consent (person_id, notifications, at) values (?, ?, ?)
     on conflict (person_id) do update set notifications = excluded.notifications, at = excluded.at
     where cases.notification_consent.at < excluded.at`,
    [event.personId, event.notifications, event.at],
  );
}

/** Of these persons, those who may get notices (consent recorded and not withdrawn). */
export async function findNotifiable(em: EntityManager, personIds: readonly string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await em.find(
    NotificationConsentRecord,
    { personId: { $in: [...new Set(personIds)] }, notifications: true },
    { fields: ['personId'], disableIdentityMap: true },
  );
  return new Set(rows.map((r) => r.personId));
}
