import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A body whose decisions can be complained about here (NPE, Helfo, Helsedirektoratet …). */
@Entity({ tableName: 'first_instance_body' })
export class FirstInstanceBodyRecord {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 32 })
  code!: string;

  @Property({ type: 'text' })
  nameNb!: string;

  @Property({ type: 'text', nullable: true })
  nameEn: string | null = null;
}
