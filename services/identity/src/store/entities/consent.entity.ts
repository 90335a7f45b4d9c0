import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { PersonRecord } from './person.entity.js';

/** A person's consent to Min side and to notifications, with the times kept. */
@Entity({ tableName: 'consent' })
export class ConsentRecord {
  [PrimaryKeyProp]?: 'personId';

  @OneToOne(() => PersonRecord, {
    primary: true,
    owner: true,
    mapToPk: true,
    joinColumn: 'person_id',
    deleteRule: 'cascade',
  })
  personId!: string;

  @Property({ type: 'datetime', nullable: true })
  minSideAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  notificationsAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;
}
