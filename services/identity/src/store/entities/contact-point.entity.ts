import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { CONTACT_POINT_KINDS, type ContactPointKind } from '../../domain/contact-point.js';
import { PersonRecord } from './person.entity.js';

/** A person's mobile number or e-mail address for notifications: one current value per kind. */
@Entity({ tableName: 'contact_point' })
@Unique({ properties: ['personId', 'kind'] })
export class ContactPointRecord {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => PersonRecord, { mapToPk: true, joinColumn: 'person_id', deleteRule: 'cascade' })
  personId!: string;

  @Enum({ items: [...CONTACT_POINT_KINDS] })
  kind!: ContactPointKind;

  @Property({ type: 'text' })
  value!: string;

  @Property({ type: 'datetime', nullable: true })
  verifiedAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
