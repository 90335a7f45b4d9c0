import { ArrayType } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import {
  IDENTITY_PROVIDERS,
  type IdentityProvider,
  SESSION_KINDS,
  type SessionKind,
} from '../../domain/session.js';
import { PersonRecord } from './person.entity.js';

/** A server-side login session; the id is the cookie value (256 random bits, base64url). */
@Entity({ tableName: 'session' })
@Index({ properties: ['idp', 'idpSid'] })
export class SessionRecord {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Enum({ items: [...SESSION_KINDS] })
  kind!: SessionKind;

  @Index()
  @ManyToOne(() => PersonRecord, {
    mapToPk: true,
    joinColumn: 'person_id',
    nullable: true,
    deleteRule: 'cascade',
  })
  personId: string | null = null;

  @Property({ type: 'text', nullable: true })
  staffId: string | null = null;

  @Property({ type: ArrayType, nullable: true })
  staffRoles: string[] | null = null;

  /** `acr` of the login. */
  @Property({ type: 'text', nullable: true })
  loa: string | null = null;

  @Enum({ items: [...IDENTITY_PROVIDERS] })
  idp!: IdentityProvider;

  @Property({ type: 'text', nullable: true })
  idpSid: string | null = null;

  /** Kept for `id_token_hint` at logout; never leaves the store except for that. */
  @Property({ type: 'text', lazy: true })
  idToken!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  lastSeenAt!: Date;

  @Property({ type: 'datetime' })
  absoluteExpiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @ManyToOne(() => PersonRecord, {
    mapToPk: true,
    joinColumn: 'acting_for_person_id',
    nullable: true,
    deleteRule: 'set null',
  })
  actingForPersonId: string | null = null;
}
