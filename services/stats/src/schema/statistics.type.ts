import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** A case type as the cases subgraph owns it; stats only refers to it by code. */
@ObjectType('CaseType')
@Directive('@key(fields: "code", resolvable: false)')
export class CaseTypeRef {
  @Field(() => ID)
  code!: string;
}

@ObjectType('CaseTypeStatistics')
export class CaseTypeStatisticsObject {
  @Field(() => CaseTypeRef)
  caseType!: CaseTypeRef;

  @Field(() => Int)
  received!: number;

  @Field(() => Int)
  decided!: number;
}

@ObjectType('Statistics', { description: "Figures about the body's own cases. Public." })
export class StatisticsObject {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Cases received in the year.' })
  received!: number;

  @Field(() => Int, { description: 'Cases decided in the year.' })
  decided!: number;

  @Field(() => [CaseTypeStatisticsObject])
  byCaseType!: CaseTypeStatisticsObject[];
}
