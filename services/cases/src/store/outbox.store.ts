import type { EntityManager } from '@mikro-orm/postgresql';
import { NOTICE_EVENT_KINDS } from '../domain/notification.js';
import { NotificationConsentRecord, OutboxRecord } from './entities/index.js';
import { OUTBOX_KINDS, type OutboxKind } from './entities/outbox.entity.js';

/**
 * The snapshot a case event carries: the case's statistical facts after the change, built by the
 * database from the row itself in the same statement (so it is what was committed). No party, no
 * name, no document.
 */
const SNAPSHOT = `jsonb_build_object(
  'caseTypeCode', c.case_type_code, 'firstInstanceBodyCode', c.first_instance_body_code,
  'board', c.board, 'receivedAt', c.received_at, 'status', c.status, 'outcome', c.outcome,
  'decidedAt', c.decided_at, 'courtStatus', c.court_status)`;

/**
 * Appends an event with the case's snapshot for each of these cases, inside the caller's
 * transaction. `onlyMissing`: only for cases that have no snapshot event yet (seeding, which may
 * run again).
 */
export async function appendCaseEvents(
  tx: EntityManager,
  kind: Exclude<OutboxKind, 'DOCUMENT_SENT'>,
  caseIds: readonly string[],
  at: Date,
  options: { onlyMissing?: boolean } = {},
): Promise<void> {
  if (caseIds.length === 0) return;
  const missing = options.onlyMissing
    ? 'and not exists (select 1 from cases.outbox o where o.case_id = c.id and o.payload is not null)'
    : '';
  await tx.execute(
    `insert into cases.outbox (kind, case_id, created_at, payload)
     select ?, c.id, ?, ${SNAPSHOT} from cases.complaint_case c where c.id in (?) ${missing}
     order by c.received_at, c.id`,
    [kind, at, [...caseIds]],
  );
}

/** The snapshot SQL, for the migration that gives existing cases their first event. */
export const CASE_SNAPSHOT_SQL = SNAPSHOT;

export type FeedPosition = { txid: string; seq: string };
export type FeedEvent = FeedPosition & {
  kind: OutboxKind;
  caseId: string;
  at: Date;
  payload: Record<string, unknown> | null;
};

/**
 * The case-event feed after `after`, in commit-safe order: only events of transactions that
 * finished before every transaction still running (`txid` below the snapshot's xmin), ordered by
 * (txid, seq). An event committed later always sorts after what was served, so a consumer that
 * keeps its last position misses nothing and sees nothing twice.
 */
export async function readCaseFeed(
  em: EntityManager,
  after: FeedPosition,
  limit: number,
): Promise<FeedEvent[]> {
  return readCommitted(em, after, FEED_KINDS, limit);
}

/** The case events (not outgoing documents): what the stats feed serves. */
const FEED_KINDS = OUTBOX_KINDS.filter((k) => k !== 'DOCUMENT_SENT');

/**
 * The outbox after `after`, of these kinds, in commit-safe order: only events of transactions
 * that finished before every transaction still running (`txid` below the snapshot's xmin),
 * ordered by (txid, seq). Both readers (the stats feed and the notification relay) use it.
 */
async function readCommitted(
  em: EntityManager,
  after: FeedPosition,
  kinds: readonly OutboxKind[],
  limit: number,
): Promise<FeedEvent[]> {
  const rows = await em.execute<
    { seq: string; txid: string; kind: OutboxKind; case_id: string; created_at: Date; payload: unknown }[]
  >(
    // ordered by the columns, not the text aliases of the output (`seq::text` would sort '10' < '9')
    `select o.seq::text as seq, o.txid::text as txid, o.kind, o.case_id, o.created_at, o.payload
     from cases.outbox o
     where o.kind in (?) and (o.txid, o.seq) > (?::xid8, ?::bigint)
       and o.txid < pg_snapshot_xmin(pg_current_snapshot())
     order by o.txid, o.seq limit ?`,
    [[...kinds], after.txid, after.seq, limit],
  );
  return rows.map((r) => ({
    seq: r.seq,
    txid: r.txid,
    kind: r.kind,
    caseId: r.case_id,
    at: new Date(r.created_at),
    payload: (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as Record<
      string,
      unknown
    > | null,
  }));
}

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
 * The consumer's next notice events after its cursor, with the cursor row locked for this
 * transaction (one relay at a time); `advance` moves the cursor past them in the same
 * transaction. Commit-safe like the case feed: only events of transactions that finished before
 * every one still running, in (txid, seq) order — an event committed late with a lower number is
 * never passed over (a notice is never lost).
 */
export async function readOutbox(
  tx: EntityManager,
  consumer: string,
  limit: number,
): Promise<{ events: OutboxEvent[]; advance(): Promise<void> }> {
  await tx.execute(
    `insert into cases.outbox_cursor (consumer, last_seq, last_txid) values (?, 0, '0') on conflict (consumer) do nothing`,
    [consumer],
  );
  const [cursor] = await tx.execute<{ last_seq: string; last_txid: string }[]>(
    'select last_seq::text as last_seq, last_txid::text as last_txid from cases.outbox_cursor where consumer = ? for update',
    [consumer],
  );
  const rows = await readCommitted(
    tx,
    { txid: cursor?.last_txid ?? '0', seq: cursor?.last_seq ?? '0' },
    NOTICE_EVENT_KINDS,
    limit,
  );
  const events = rows.map((r) => ({ seq: r.seq, kind: r.kind, caseId: r.caseId }));
  const last = rows.at(-1);
  return {
    events,
    advance: async () => {
      if (last) {
        await tx.execute(
          'update cases.outbox_cursor set last_seq = ?::bigint, last_txid = ?::xid8 where consumer = ?',
          [last.seq, last.txid, consumer],
        );
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
