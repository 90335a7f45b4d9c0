import { graphqlEnum } from '@klageportal/federation';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { COURT_STATUSES_IN_COURT, OUTCOMES } from '../domain/statistics.js';

export const OutcomeEnum = graphqlEnum(
  OUTCOMES,
  'Outcome',
  'How a decision ends the complaint: upheld (the complaint fails), reversed in full or in part, quashed (sent back for a new decision), or dismissed on formal grounds.',
);
// the cases subgraph's CourtStatus has NONE too; here only the statuses of cases in court
export const CourtStatusEnum = graphqlEnum(
  ['NONE', ...COURT_STATUSES_IN_COURT] as const,
  'CourtStatus',
  'Where the case stands in the courts.',
);

const SUPPRESSED = 'Null when suppressed: below the threshold, or it would reveal a suppressed figure.';

@ObjectType('ProcessingTime', {
  description: 'Processing time of decided cases in whole weeks (nearest-rank percentiles). An estimate.',
})
export class ProcessingTimeObject {
  @Field(() => Int, { nullable: true, description: `Decisions it is based on. ${SUPPRESSED}` })
  decided!: number | null;

  @Field(() => Int, { nullable: true })
  medianWeeks!: number | null;

  @Field(() => Int, { nullable: true })
  p80Weeks!: number | null;

  @Field(() => Int, { nullable: true })
  p90Weeks!: number | null;

  @Field(() => Boolean, { description: 'Too few decisions to say.' })
  suppressed!: boolean;
}

/** A case type as the cases subgraph owns it; stats adds its expected processing time. */
@ObjectType('CaseType')
@Directive('@key(fields: "code")')
export class CaseTypeRef {
  @Field(() => ID)
  code!: string;
}

@ObjectType('FirstInstanceBody')
@Directive('@key(fields: "code", resolvable: false)')
export class FirstInstanceBodyRef {
  @Field(() => ID)
  code!: string;
}

@ObjectType('MonthStatistics')
export class MonthStatisticsObject {
  @Field(() => String, { description: 'YYYY-MM (Norwegian time).' })
  month!: string;

  @Field(() => Int, { nullable: true, description: SUPPRESSED })
  received!: number | null;

  @Field(() => Int, { nullable: true, description: SUPPRESSED })
  decided!: number | null;
}

@ObjectType('CaseTypeStatistics')
export class CaseTypeStatisticsObject {
  @Field(() => CaseTypeRef)
  caseType!: CaseTypeRef;

  @Field(() => String, { description: 'The board or unit deciding this type (its group).' })
  group!: string;

  @Field(() => Int, { nullable: true, description: SUPPRESSED })
  received!: number | null;

  @Field(() => Int, { nullable: true, description: SUPPRESSED })
  decided!: number | null;

  @Field(() => ProcessingTimeObject)
  processingTime!: ProcessingTimeObject;
}

@ObjectType('GroupStatistics', { description: 'Case types grouped by the board or unit deciding them.' })
export class GroupStatisticsObject {
  @Field(() => String)
  group!: string;

  @Field(() => Int, { nullable: true, description: SUPPRESSED })
  received!: number | null;

  @Field(() => Int, { nullable: true, description: SUPPRESSED })
  decided!: number | null;
}

@ObjectType('BodyStatistics')
export class BodyStatisticsObject {
  @Field(() => FirstInstanceBodyRef)
  firstInstanceBody!: FirstInstanceBodyRef;

  @Field(() => Int, { nullable: true, description: SUPPRESSED })
  received!: number | null;

  @Field(() => Int, { nullable: true, description: SUPPRESSED })
  decided!: number | null;
}

@ObjectType('OutcomeCount')
export class OutcomeCountObject {
  @Field(() => OutcomeEnum)
  outcome!: string;

  @Field(() => Int, { nullable: true, description: SUPPRESSED })
  count!: number | null;
}

@ObjectType('CourtCount')
export class CourtCountObject {
  @Field(() => CourtStatusEnum)
  courtStatus!: string;

  @Field(() => Int, { nullable: true, description: SUPPRESSED })
  count!: number | null;
}

@ObjectType('CourtCases', {
  description: 'Complaints on patient-injury compensation (NPE) now in the courts, by status.',
})
export class CourtCasesObject {
  @Field(() => Int, { nullable: true, description: SUPPRESSED })
  total!: number | null;

  @Field(() => [CourtCountObject])
  byStatus!: CourtCountObject[];
}

@ObjectType('Statistics', {
  description:
    "Figures about the body's own cases in a calendar year. Public. Small figures are suppressed (null) so that no figure can single out a person.",
})
export class StatisticsObject {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'No published figure is below this.' })
  threshold!: number;

  @Field(() => Int, { nullable: true, description: `Cases received in the year. ${SUPPRESSED}` })
  received!: number | null;

  @Field(() => Int, { nullable: true, description: `Cases decided in the year. ${SUPPRESSED}` })
  decided!: number | null;

  @Field(() => [MonthStatisticsObject])
  months!: MonthStatisticsObject[];

  @Field(() => [CaseTypeStatisticsObject])
  byCaseType!: CaseTypeStatisticsObject[];

  @Field(() => [GroupStatisticsObject])
  byCaseTypeGroup!: GroupStatisticsObject[];

  @Field(() => [BodyStatisticsObject])
  byFirstInstanceBody!: BodyStatisticsObject[];

  @Field(() => [OutcomeCountObject], { description: 'Decisions in the year by outcome.' })
  outcomes!: OutcomeCountObject[];
}
