import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { FirstInstanceBodyRecord } from './first-instance-body.entity.js';

@Entity({ tableName: 'case_type' })
export class CaseTypeRecord {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 64 })
  code!: string;

  @Property({ type: 'text' })
  nameNb!: string;

  @Property({ type: 'text', nullable: true })
  nameEn: string | null = null;

  @ManyToOne(() => FirstInstanceBodyRecord)
  firstInstanceBody!: FirstInstanceBodyRecord;

  @Property({ type: 'string', length: 32 })
  board!: string;

  /** Set when the case type no longer exists (kept for old cases). */
  @Property({ type: 'date', nullable: true })
  validTo: string | null = null;
}
