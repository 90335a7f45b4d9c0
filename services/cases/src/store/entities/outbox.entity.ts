import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** What happened to a case, in commit order, written in the same transaction as the change. */
export const OUTBOX_KINDS = ['STATUS_CHANGED', 'DOCUMENT_SENT'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/** The transactional outbox: read in `seq` order by the notification relay (and stats, later). */
@Entity({ tableName: 'outbox' })
export class OutboxRecord {
  [OptionalProps]?: 'seq';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  seq!: string;

  @Enum({ items: [...OUTBOX_KINDS] })
  kind!: OutboxKind;

  /** The case it happened to (ids only: no personal data in the outbox). */
  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/** How far a consumer has read the outbox. */
@Entity({ tableName: 'outbox_cursor' })
export class OutboxCursorRecord {
  @PrimaryKey({ type: 'string', length: 32 })
  consumer!: string;

  @Property({ type: 'bigint' })
  lastSeq!: string;
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
