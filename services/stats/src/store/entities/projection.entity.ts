import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Projections of the cases service's case-event feed (never a join into its schema). Months are
 * `YYYY-MM` in Norwegian time. No person, no case number: case ids, codes and counts.
 */

/** How far the projections have read the feed (`txid:seq`), moved in the same transaction. */
@Entity({ tableName: 'feed_position' })
export class FeedPositionRecord {
  @PrimaryKey({ type: 'string', length: 32 })
  feed!: string;

  @Property({ type: 'string', length: 48 })
  position!: string;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

/** Each case's latest facts: what its contribution to the counts is now. */
@Entity({ tableName: 'case_fact' })
export class CaseFactRecord {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'string', length: 64 })
  caseTypeCode!: string;

  @Property({ type: 'string', length: 32 })
  board!: string;

  @Property({ type: 'string', length: 32 })
  firstInstanceBodyCode!: string;

  @Property({ type: 'string', length: 7 })
  receivedMonth!: string;

  @Property({ type: 'string', length: 7, nullable: true })
  decidedMonth!: string | null;

  @Property({ type: 'string', length: 32, nullable: true })
  outcome!: string | null;

  @Property({ type: 'integer', nullable: true })
  processingWeeks!: number | null;

  @Property({ type: 'string', length: 32 })
  courtStatus!: string;
}

/** Received and decided per month and case type (with the type's board and first-instance body). */
@Entity({ tableName: 'monthly_count' })
@Index({ properties: ['month'] })
export class MonthlyCountRecord {
  [PrimaryKeyProp]?: ['month', 'caseTypeCode'];

  @PrimaryKey({ type: 'string', length: 7 })
  month!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  caseTypeCode!: string;

  @Property({ type: 'string', length: 32 })
  board!: string;

  @Property({ type: 'string', length: 32 })
  firstInstanceBodyCode!: string;

  @Property({ type: 'integer', default: 0 })
  received!: number;

  @Property({ type: 'integer', default: 0 })
  decided!: number;
}

/** Decisions per month of decision, case type and outcome. */
@Entity({ tableName: 'monthly_outcome' })
export class MonthlyOutcomeRecord {
  [PrimaryKeyProp]?: ['month', 'caseTypeCode', 'outcome'];

  @PrimaryKey({ type: 'string', length: 7 })
  month!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  caseTypeCode!: string;

  @PrimaryKey({ type: 'string', length: 32 })
  outcome!: string;

  @Property({ type: 'integer', default: 0 })
  count!: number;
}

/** Processing time as a histogram: decisions per month of decision, case type and whole weeks. */
@Entity({ tableName: 'processing_histogram' })
export class ProcessingHistogramRecord {
  [PrimaryKeyProp]?: ['month', 'caseTypeCode', 'weeks'];

  @PrimaryKey({ type: 'string', length: 7 })
  month!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  caseTypeCode!: string;

  @PrimaryKey({ type: 'integer' })
  weeks!: number;

  @Property({ type: 'integer', default: 0 })
  count!: number;
}

/** Cases in the courts now, by case type and court status (patient-injury compensation cases). */
@Entity({ tableName: 'court_count' })
export class CourtCountRecord {
  [PrimaryKeyProp]?: ['caseTypeCode', 'courtStatus'];

  @PrimaryKey({ type: 'string', length: 64 })
  caseTypeCode!: string;

  @PrimaryKey({ type: 'string', length: 32 })
  courtStatus!: string;

  @Property({ type: 'integer', default: 0 })
  count!: number;
}
