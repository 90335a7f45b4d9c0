import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { MANDATE_ROLES, type MandateRole } from '../../domain/mandate.js';
import { PersonRecord } from './person.entity.js';

/** The agent may act for the principal in a role, generally or on one case, for a period. */
@Entity({ tableName: 'mandate' })
export class MandateRecord {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne(() => PersonRecord, { mapToPk: true, joinColumn: 'agent_person_id', deleteRule: 'cascade' })
  agentPersonId!: string;

  @Index()
  @ManyToOne(() => PersonRecord, { mapToPk: true, joinColumn: 'principal_person_id', deleteRule: 'cascade' })
  principalPersonId!: string;

  @Enum({ items: [...MANDATE_ROLES] })
  role!: MandateRole;

  /** Null for a general mandate; else the one case it covers (e.g. `26/00101`). */
  @Property({ type: 'string', length: 32, nullable: true })
  caseNumber: string | null = null;

  @Property({ type: 'datetime' })
  validFrom!: Date;

  @Property({ type: 'datetime', nullable: true })
  validUntil: Date | null = null;

  @Property({ type: 'text' })
  source!: string;
}
