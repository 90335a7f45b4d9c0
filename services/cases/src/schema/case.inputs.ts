import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import type { CaseStatus, CourtStatus, Outcome } from '../domain/case.js';
import type { PartyRole } from '../domain/party.js';
import { CaseStatusEnum, CourtStatusEnum, OutcomeEnum, PartyRoleEnum } from './case.type.js';

@InputType('CaseFilter')
export class CaseFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of a case number or of a party’s name.' })
  search?: string | null;

  @Field(() => [CaseStatusEnum], { nullable: true })
  statuses?: CaseStatus[] | null;

  @Field(() => [String], { nullable: true, description: 'Case type codes.' })
  caseTypes?: string[] | null;
}

@InputType('RegisterCaseInput')
export class RegisterCaseInput {
  @Field(() => String)
  caseTypeCode!: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Default: now.' })
  receivedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'YY/NNNNN; default: the next of the year.' })
  caseNumber?: string | null;
}

@InputType('AddCasePartyInput')
export class AddCasePartyInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, { description: "Identity's person id (Mutation.registerPerson)." })
  personId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => PartyRoleEnum)
  role!: PartyRole;

  @Field(() => String, { nullable: true })
  mobile?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

@InputType('RemoveCasePartyInput')
export class RemoveCasePartyInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => PartyRoleEnum)
  role!: PartyRole;
}

@InputType('ChangeCaseStatusInput')
export class ChangeCaseStatusInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => CaseStatusEnum)
  to!: CaseStatus;

  @Field(() => OutcomeEnum, { nullable: true, description: 'With DECIDED only.' })
  outcome?: Outcome | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'With DECIDED only.' })
  decidedAt?: Date | null;
}

@InputType('SetCourtStatusInput')
export class SetCourtStatusInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => CourtStatusEnum)
  courtStatus!: CourtStatus;
}
