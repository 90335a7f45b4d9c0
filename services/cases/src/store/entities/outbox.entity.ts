import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * What happened to a case, written in the same transaction as the change: received, status
 * changed (a decision is a change to DECIDED), court status changed — each with a snapshot of the
 * case's statistical facts (no personal data) for the stats feed — and an outgoing document.
 */
export const OUTBOX_KINDS = [
  'CASE_RECEIVED',
  'STATUS_CHANGED',
  'COURT_STATUS_CHANGED',
  'DOCUMENT_SENT',
] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/** The transactional outbox: read in `seq` order by the notification relay (and stats, later). */
@Entity({ tableName: 'outbox' })
@Index({ properties: ['txid', 'seq'] })
export class OutboxRecord {
  [OptionalProps]?: 'seq' | 'payload' | 'txid';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  seq!: string;

  @Enum({ items: [...OUTBOX_KINDS] })
  kind!: OutboxKind;

  /** The case it happened to (ids only: no personal data in the outbox). */
  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  /**
   * The case's facts after the change (CaseFactsSnapshot), for the stats feed; null for events
   * that carry none (DOCUMENT_SENT).
   */
  @Property({ type: 'json', nullable: true })
  payload?: Record<string, unknown> | null;

  /** The writing transaction's id: the feed serves events in (txid, seq) order, commit-safe. */
  @Property({ columnType: 'xid8', defaultRaw: 'pg_current_xact_id()', lazy: true })
  txid?: string;
}

/** How far a consumer has read the outbox. */
@Entity({ tableName: 'outbox_cursor' })
export class OutboxCursorRecord {
  [OptionalProps]?: 'lastTxid';
  @PrimaryKey({ type: 'string', length: 32 })
  consumer!: string;

  @Property({ type: 'bigint' })
  lastSeq!: string;

  /** With lastSeq, the position in commit-safe (txid, seq) order (see readCaseFeed). */
  @Property({ columnType: 'xid8', defaultRaw: `'0'`, lazy: true })
  lastTxid?: string;
}

/** Whether a person may get notices, as identity last told us (event `person-consent`). */
@Entity({ tableName: 'notification_consent' })
export class NotificationConsentRecord {
  @PrimaryKey({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'boolean' })
  notifications!: boolean;

  /** When the consent changed in identity: an older event never overwrites a newer one. */
  @Property({ type: 'datetime' })
  at!: Date;
}
