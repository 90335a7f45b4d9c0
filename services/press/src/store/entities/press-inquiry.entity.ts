import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import {
  INQUIRY_CHANNELS,
  INQUIRY_STATUSES,
  type InquiryChannel,
  type InquiryStatus,
} from '../../domain/press-service.js';

/** One entry of the press-inquiry log. Readable only by press officers; deleted after ten years. */
@Entity({ tableName: 'press_inquiry' })
@Index({ properties: ['receivedAt'] })
export class PressInquiryRecord {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'datetime' })
  receivedAt!: Date;

  @Enum({ items: [...INQUIRY_CHANNELS] })
  channel!: InquiryChannel;

  /** The client (oppdragsgiver): newsroom or publication. */
  @Property({ type: 'text' })
  newsroom!: string;

  @Property({ type: 'text' })
  journalistName!: string;

  @Property({ type: 'text' })
  journalistContact!: string;

  @Property({ type: 'text' })
  question!: string;

  @Property({ type: 'string', length: 32, nullable: true })
  caseNumber: string | null = null;

  @Enum({ items: [...INQUIRY_STATUSES] })
  status!: InquiryStatus;

  @Property({ type: 'text', nullable: true })
  answer: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  answeredAt: Date | null = null;

  /** Staff id (never a name) of who logged the entry, then of who answered it. */
  @Property({ type: 'string', length: 64, nullable: true })
  handledBy: string | null = null;

  @Index()
  @Property({ type: 'datetime' })
  deleteAfter!: Date;
}
