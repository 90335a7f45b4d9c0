import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A person known to the body. Other services know a person only by this id; the
 * fødselsnummer (encrypted, with a keyed hash for look-ups) arrives with ID-porten login.
 * No column holds the number in the clear: see store/fnr-vault.ts.
 */
@Entity({ tableName: 'person' })
export class PersonRecord {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  displayName!: string;

  /** Hex HMAC-SHA256 of the fødselsnummer under the hash key: the only way to find a person by number. */
  @Property({ type: 'text', unique: true })
  fnrHash!: string;

  /** `v1:` AES-256-GCM ciphertext of the fødselsnummer. */
  @Property({ type: 'text' })
  fnrEncrypted!: string;

  @Property({ type: 'datetime', nullable: true })
  deceasedAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
