import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A person known to the body. Other services know a person only by this id; the
 * fødselsnummer (encrypted, with a keyed hash for look-ups) arrives with ID-porten login.
 */
@Entity({ tableName: 'person' })
export class PersonRecord {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'datetime', nullable: true })
  deceasedAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
