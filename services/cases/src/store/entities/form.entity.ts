import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ACCESS_ROLES, type AccessRole } from '../../domain/access-log.js';
import { FORM_KINDS, type FormKind } from '../../domain/forms.js';
import { CaseRecord } from './case.entity.js';
import { DocumentRecord } from './document.entity.js';

/** A submitted form's answers, kept as a structured record on its FORM document. */
@Entity({ tableName: 'form_answer' })
export class FormAnswerRecord {
  @ManyToOne(() => DocumentRecord, {
    primary: true,
    mapToPk: true,
    joinColumn: 'document_id',
    deleteRule: 'cascade',
  })
  documentId!: string;

  @Enum({ items: [...FORM_KINDS] })
  kind!: FormKind;

  @Property({ type: 'json' })
  data!: Record<string, unknown>;
}

/** A waiver of confidentiality towards a named journalist, for the press service to use. */
@Entity({ tableName: 'waiver' })
@Index({ properties: ['caseId'] })
export class WaiverRecord {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => CaseRecord, { mapToPk: true, joinColumn: 'case_id', deleteRule: 'cascade' })
  caseId!: string;

  @ManyToOne(() => DocumentRecord, { mapToPk: true, joinColumn: 'document_id' })
  documentId!: string;

  @Property({ type: 'text' })
  journalist!: string;

  @Property({ type: 'text' })
  newsroom!: string;

  @Property({ type: 'json' })
  excludedTopics!: string[];

  @Property({ type: 'datetime', nullable: true })
  validUntil: Date | null = null;

  /** Identity's person id of who gave it, and in which role. */
  @Property({ type: 'uuid' })
  givenBy!: string;

  @Enum({ items: [...ACCESS_ROLES] })
  givenAs!: AccessRole;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
