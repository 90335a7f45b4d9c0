import { graphqlEnum } from '@klageportal/federation';
import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import {
  CASE_STAGES,
  CASE_STATUSES,
  type CaseStage,
  type CaseStatus,
  COURT_STATUSES,
  type CourtStatus,
  DISCLOSURE_LEVELS,
  DISCLOSURE_REASONS,
  type DisclosureLevel,
  type DisclosureReason,
  OUTCOMES,
  type Outcome,
  WAIVER_ISSUES,
  type WaiverIssue,
} from '../domain/disclosure.js';

// The cases subgraph's enums, the same values and descriptions (composition merges them).
export const CaseStatusEnum = graphqlEnum(CASE_STATUSES, 'CaseStatus', 'Where a complaint case stands.');
export const OutcomeEnum = graphqlEnum(
  OUTCOMES,
  'Outcome',
  'How a decision ends the complaint: upheld (the complaint fails), reversed in full or in part, quashed (sent back for a new decision), or dismissed on formal grounds.',
);
export const CourtStatusEnum = graphqlEnum(
  COURT_STATUSES,
  'CourtStatus',
  'Where the case stands in the courts.',
);

export const DisclosureLevelEnum = graphqlEnum(
  DISCLOSURE_LEVELS,
  'DisclosureLevel',
  'What the body may say: nothing at all (court), neither confirm nor deny, confirm handling, or the process only.',
);
export const DisclosureReasonEnum = graphqlEnum(
  DISCLOSURE_REASONS,
  'DisclosureReason',
  'Which rule of the press page decided.',
);
export const WaiverIssueEnum = graphqlEnum(
  WAIVER_ISSUES,
  'WaiverIssue',
  'Why a waiver on the case does not count for this journalist.',
);
export const CaseStageEnum = graphqlEnum(CASE_STAGES, 'CaseStage', 'Received, being handled, or decided.');

/** The cases subgraph's entity; the press subgraph only points at it. */
@ObjectType('CaseType')
@Directive('@key(fields: "code", resolvable: false)')
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

@ObjectType('CaseDecision', { description: 'The decision in force.' })
export class CaseDecisionExternal {
  @Field(() => OutcomeEnum)
  @Directive('@external')
  outcome!: Outcome;

  @Field(() => DateTimeResolver)
  @Directive('@external')
  decidedAt!: Date;
}

@ObjectType('Waiver', {
  description:
    'A waiver of confidentiality towards a named journalist (from the complainant or their guardian).',
})
export class WaiverExternal {
  @Field(() => String)
  @Directive('@external')
  journalist!: string;

  @Field(() => String, { description: 'Newsroom or client (oppdragsgiver).' })
  @Directive('@external')
  newsroom!: string;

  @Field(() => [String], { description: 'Matters the body must not speak about.' })
  @Directive('@external')
  excludedTopics!: string[];

  @Field(() => DateTimeResolver, { nullable: true })
  @Directive('@external')
  validUntil!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  @Directive('@external')
  revokedAt!: Date | null;
}

/**
 * `Case` as the press subgraph sees it: keyed by case number (press inquiries name cases by
 * number), with the facts the disclosure decision requires from the cases subgraph.
 */
@ObjectType('Case')
@Directive('@key(fields: "caseNumber")')
export class CaseObject {
  @Field(() => String, { description: 'E.g. 26/00101.' })
  caseNumber!: string;

  @Field(() => CaseStatusEnum)
  @Directive('@external')
  status?: CaseStatus;

  @Field(() => DateTimeResolver)
  @Directive('@external')
  receivedAt?: Date | string;

  @Field(() => CourtStatusEnum)
  @Directive('@external')
  courtStatus?: CourtStatus;

  @Field(() => CaseDecisionExternal, { nullable: true })
  @Directive('@external')
  decision?: { outcome: Outcome; decidedAt: Date | string } | null;

  @Field(() => CaseTypeRef)
  @Directive('@external')
  caseType?: CaseTypeRef;

  @Field(() => FirstInstanceBodyRef)
  @Directive('@external')
  firstInstanceBody?: FirstInstanceBodyRef;

  @Field(() => [WaiverExternal])
  @Directive('@external')
  waivers?: {
    journalist: string;
    newsroom: string;
    excludedTopics: string[];
    validUntil: Date | string | null;
    revokedAt: Date | string | null;
  }[];
}

@ObjectType('DisclosedProcess', { description: 'The process facts that may be told.' })
export class DisclosedProcessObject {
  @Field(() => CaseStatusEnum)
  status!: CaseStatus;

  @Field(() => DateTimeResolver)
  receivedAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => Int, { description: 'Calendar days from receipt to decision, or to now while undecided.' })
  processingDays!: number;
}

@ObjectType('PublicRegister', { description: 'A public register the answer may point to.' })
export class PublicRegisterObject {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  url!: string;
}

@ObjectType('PressDisclosure', {
  description: 'What the body may say about a case to a named journalist, and why (the press page’s rules).',
})
export class PressDisclosureObject {
  @Field(() => DisclosureLevelEnum)
  level!: DisclosureLevel;

  @Field(() => DisclosureReasonEnum)
  reason!: DisclosureReason;

  @Field(() => WaiverIssueEnum, {
    nullable: true,
    description: 'For the press officer: why a waiver on the case does not count. Never to be told.',
  })
  waiverIssue!: WaiverIssue | null;

  @Field(() => CaseStageEnum, { nullable: true, description: 'CONFIRM_HANDLING: the stage to confirm.' })
  stage!: CaseStage | null;

  @Field(() => DisclosedProcessObject, { nullable: true, description: 'PROCESS_ONLY: what may be told.' })
  process!: DisclosedProcessObject | null;

  @Field(() => OutcomeEnum, {
    nullable: true,
    description: 'The outcome may be given (complaints about administrative reactions).',
  })
  outcome!: Outcome | null;

  @Field(() => [String], { description: 'Matters the waiver excludes: never speak about them.' })
  excludedTopics!: string[];

  @Field(() => DateTimeResolver, { nullable: true, description: 'The waiver’s time limit, if any.' })
  waiverValidUntil!: Date | null;

  @Field(() => PublicRegisterObject, {
    description: 'Authorisation status of health personnel is public: the same pointer in every answer.',
  })
  publicRegister!: PublicRegisterObject;

  @Field(() => DateTimeResolver, { description: 'When this was decided: waivers and court status change.' })
  decidedAt!: Date;
}
