import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Projection: cases received and decided per year and case type. Fed from case events
 * (later issue); the case type is the cases subgraph's code, never a join into its schema.
 */
@Entity({ tableName: 'case_type_year' })
export class CaseTypeYearRecord {
  [PrimaryKeyProp]?: ['year', 'caseTypeCode'];

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @PrimaryKey({ type: 'string', length: 64 })
  caseTypeCode!: string;

  @Property({ type: 'integer', default: 0 })
  received!: number;

  @Property({ type: 'integer', default: 0 })
  decided!: number;
}
