import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CASE_STATUSES, type CaseStatus } from '../../domain/case.js';
import { CaseRecord } from './case.entity.js';

/** One step on a case's status timeline: the status it entered, and when. */
@Entity({ tableName: 'case_status_event' })
@Index({ properties: ['caseId', 'at'] })
export class CaseStatusEventRecord {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => CaseRecord, { mapToPk: true, joinColumn: 'case_id', deleteRule: 'cascade' })
  caseId!: string;

  @Enum({ items: [...CASE_STATUSES] })
  status!: CaseStatus;

  @Property({ type: 'datetime' })
  at!: Date;
}
