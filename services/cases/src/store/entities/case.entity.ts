import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import {
  CASE_STATUSES,
  type CaseStatus,
  COURT_STATUSES,
  type CourtStatus,
  OUTCOMES,
  type Outcome,
} from '../../domain/case.js';
import { CaseTypeRecord } from './case-type.entity.js';
import { FirstInstanceBodyRecord } from './first-instance-body.entity.js';

/** A complaint case (klagesak). */
@Entity({ tableName: 'complaint_case' })
@Index({ properties: ['firstInstanceBody', 'updatedAt', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
export class CaseRecord {
  [OptionalProps]?: 'board' | 'decidedAt' | 'outcome' | 'courtStatus' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 32, unique: true })
  caseNumber!: string;

  @ManyToOne(() => CaseTypeRecord)
  caseType!: CaseTypeRecord;

  @ManyToOne(() => FirstInstanceBodyRecord)
  firstInstanceBody!: FirstInstanceBodyRecord;

  @Index()
  @Property({ type: 'datetime' })
  receivedAt!: Date;

  @Enum({ items: [...CASE_STATUSES] })
  status!: CaseStatus;

  /**
   * The board or unit deciding the case, copied from its case type when the case is created.
   * Nullable in the database only because the column was added to a table that already held
   * cases and migrations are generated (no backfill SQL): a null reads as the case type's board.
   */
  @Property({ type: 'string', length: 32, nullable: true })
  board: string | null = null;

  /** The decision in force: `decidedAt` and `outcome` are both set or both null. */
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Enum({ items: [...OUTCOMES], nullable: true })
  outcome: Outcome | null = null;

  @Enum({ items: [...COURT_STATUSES], default: 'NONE' })
  courtStatus: CourtStatus = 'NONE';

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt?: Date;
}
