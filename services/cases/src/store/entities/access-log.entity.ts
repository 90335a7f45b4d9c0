import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import {
  ACCESS_ACTIONS,
  ACCESS_ROLES,
  type AccessAction,
  type AccessRole,
  type ActorKind,
} from '../../domain/access-log.js';
import { CaseRecord } from './case.entity.js';

/** Every read and write of a case, by anyone: who, in which role, what, when. Append only. */
@Entity({ tableName: 'access_log' })
@Index({ properties: ['caseId', 'at'] })
export class AccessLogRecord {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => CaseRecord, { mapToPk: true, joinColumn: 'case_id', deleteRule: 'cascade' })
  caseId!: string;

  @Enum({ items: ['PERSON', 'STAFF', 'PARTNER'] })
  actorKind!: ActorKind;

  /** Identity's person id, a staff id or an organisation number: never a fødselsnummer or a name. */
  @Property({ type: 'string', length: 64 })
  actorId!: string;

  @Enum({ items: [...ACCESS_ROLES] })
  actorRole!: AccessRole;

  @Enum({ items: [...ACCESS_ACTIONS] })
  action!: AccessAction;

  @Property({ type: 'datetime' })
  at!: Date;
}
