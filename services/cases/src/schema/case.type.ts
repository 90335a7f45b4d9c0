import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CASE_STATUSES, type CaseStatus } from '../domain/case.js';

export const CaseStatusEnum = Object.fromEntries(CASE_STATUSES.map((s) => [s, s])) as {
  [S in CaseStatus]: S;
};
registerEnumType(CaseStatusEnum, { name: 'CaseStatus', description: 'Where a complaint case stands.' });

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
