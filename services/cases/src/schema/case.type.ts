import { graphqlEnum } from '@klageportal/federation';
import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CASE_STATUSES, type CaseStatus } from '../domain/case.js';

export const CaseStatusEnum = graphqlEnum(CASE_STATUSES, 'CaseStatus', 'Where a complaint case stands.');

@ObjectType('Case', { description: 'A complaint case (klagesak).' })
@Directive('@key(fields: "id")')
export class CaseObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  caseNumber!: string;

  @Field(() => CaseStatusEnum)
  status!: CaseStatus;

  @Field(() => DateTimeResolver)
  receivedAt!: Date;

  caseTypeCode!: string;
  firstInstanceBodyCode!: string;
}
