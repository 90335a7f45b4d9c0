import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CASE_STATUSES, type CaseStatus } from '../../domain/case.js';
import { CaseTypeRecord } from './case-type.entity.js';
import { FirstInstanceBodyRecord } from './first-instance-body.entity.js';

/** A complaint case (klagesak). */
@Entity({ tableName: 'complaint_case' })
export class CaseRecord {
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
}
