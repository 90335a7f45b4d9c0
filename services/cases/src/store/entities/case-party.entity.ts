import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { PARTY_ROLES, type PartyRole } from '../../domain/party.js';
import { CaseRecord } from './case.entity.js';

/**
 * A person on a case in one role, with the contact details registered for them on this case.
 * `personId` is identity's person id: another service's key, so no foreign key.
 */
@Entity({ tableName: 'case_party' })
@Unique({ properties: ['caseId', 'personId', 'role'] })
export class CasePartyRecord {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => CaseRecord, { mapToPk: true, joinColumn: 'case_id', deleteRule: 'cascade' })
  caseId!: string;

  @Index()
  @Property({ type: 'uuid' })
  personId!: string;

  /**
   * The party's name as the case officer registered it on the case (from identity's person
   * register), kept here so the overview can search by party name (ADR 0003).
   */
  @Property({ type: 'text', default: '' })
  displayName!: string;

  @Enum({ items: [...PARTY_ROLES] })
  role!: PartyRole;

  @Property({ type: 'text', nullable: true })
  mobile: string | null = null;

  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
