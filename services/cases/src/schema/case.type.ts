import { graphqlEnum } from '@klageportal/federation';
import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ACCESS_ACTIONS, ACCESS_ROLES, type AccessAction, type AccessRole } from '../domain/access-log.js';
import {
  CASE_STATUSES,
  type CaseStatus,
  COURT_STATUSES,
  type CourtStatus,
  OUTCOMES,
  type Outcome,
} from '../domain/case.js';
import {
  DOCUMENT_CATEGORIES,
  DOCUMENT_DIRECTIONS,
  type DocumentCategory,
  type DocumentDirection,
} from '../domain/document.js';
import { FORM_KINDS } from '../domain/forms.js';
import { PARTY_ROLES, type PartyRole } from '../domain/party.js';
import type { CaseAccess } from '../usecases/case-access.js';

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
export const PartyRoleEnum = graphqlEnum(PARTY_ROLES, 'PartyRole', 'A person’s role on a case.');
export const AccessRoleEnum = graphqlEnum(
  ACCESS_ROLES,
  'AccessRole',
  'In which capacity someone reached a case.',
);
export const AccessActionEnum = graphqlEnum(ACCESS_ACTIONS, 'AccessAction', 'What was done to a case.');
export const UnavailableReasonEnum = graphqlEnum(
  ['TWO_LAWYERS', 'MISSING_CONTACT', 'MISSING_MOBILE', 'MISSING_EMAIL'] as const,
  'UnavailableReason',
  'Why a case is not available in Min side: two lawyers are registered, or the mobile number and/or e-mail address is not registered on the case.',
);

@ObjectType('StatusEvent', { description: 'A step on the status timeline.' })
export class StatusEventObject {
  @Field(() => CaseStatusEnum)
  status!: CaseStatus;

  @Field(() => DateTimeResolver)
  at!: Date;
}

@ObjectType('CaseDecision', { description: 'The decision in force.' })
export class CaseDecisionObject {
  @Field(() => OutcomeEnum)
  outcome!: Outcome;

  @Field(() => DateTimeResolver)
  decidedAt!: Date;
}

@ObjectType('CaseParty', { description: 'A person on a case, as the viewer may see them.' })
export class CasePartyObject {
  @Field(() => ID, { description: "Identity's person id." })
  personId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => PartyRoleEnum)
  role!: PartyRole;

  @Field(() => String, {
    nullable: true,
    description: 'Registered on this case; shown to case officers, and to a party for their own row only.',
  })
  mobile!: string | null;

  @Field(() => String, { nullable: true, description: 'As mobile.' })
  email!: string | null;

  @Field(() => Boolean, { description: 'This row is the one the viewer sees the case through.' })
  isViewer!: boolean;
}

@ObjectType('CasePermissions', { description: 'What the viewer may do on this case in Min side.' })
export class CasePermissionsObject {
  @Field(() => Boolean)
  read!: boolean;

  @Field(() => Boolean, { description: 'Fill in the forms meant for them.' })
  fillForms!: boolean;

  @Field(() => Boolean)
  upload!: boolean;

  @Field(() => Boolean)
  sendDocuments!: boolean;

  @Field(() => Boolean, { description: 'Download the whole case file at once.' })
  downloadCaseFile!: boolean;
}

@ObjectType('Case', { description: 'A complaint case (klagesak), as the caller may see it.' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "caseNumber")')
export class CaseObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'E.g. 26/00101.' })
  caseNumber!: string;

  @Field(() => CaseStatusEnum)
  status!: CaseStatus;

  @Field(() => DateTimeResolver)
  receivedAt!: Date;

  @Field(() => String, { description: 'The board or unit deciding the case (HELSEKLAGE: the body itself).' })
  board!: string;

  @Field(() => CaseDecisionObject, { nullable: true })
  decision!: CaseDecisionObject | null;

  @Field(() => CourtStatusEnum)
  courtStatus!: CourtStatus;

  @Field(() => [StatusEventObject], { description: 'Oldest first.' })
  timeline!: readonly StatusEventObject[];

  caseTypeCode!: string;
  firstInstanceBodyCode!: string;
  access!: CaseAccess;
}

@ObjectType('CasesPageInfo')
export class CasesPageInfoObject {
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}

@ObjectType('MyCase', { description: 'A case in Min side’s overview; no details when it is unavailable.' })
export class MyCaseObject {
  @Field(() => String)
  caseNumber!: string;

  @Field(() => Boolean)
  available!: boolean;

  @Field(() => UnavailableReasonEnum, { nullable: true })
  unavailableReason!: string | null;

  @Field(() => CaseObject, { nullable: true, description: 'Null when unavailable.' })
  case!: CaseObject | null;

  @Field(() => StatusEventObject, { nullable: true, description: 'The latest step on the timeline.' })
  lastEvent!: StatusEventObject | null;
}

@ObjectType('MyCasesPage')
export class MyCasesPageObject {
  @Field(() => [MyCaseObject])
  items!: MyCaseObject[];

  @Field(() => CasesPageInfoObject)
  pageInfo!: CasesPageInfoObject;

  @Field(() => Int, { description: 'All matching cases, over every page.' })
  totalCount!: number;
}

@ObjectType('CasesPage')
export class CasesPageObject {
  @Field(() => [CaseObject])
  nodes!: CaseObject[];

  @Field(() => CasesPageInfoObject)
  pageInfo!: CasesPageInfoObject;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('CaseAccessEntry', { description: 'One line of “who has seen my case”.' })
export class CaseAccessEntryObject {
  @Field(() => DateTimeResolver)
  at!: Date;

  @Field(() => AccessActionEnum)
  action!: AccessAction;

  @Field(() => AccessRoleEnum)
  actorRole!: AccessRole;

  @Field(() => String, {
    nullable: true,
    description:
      'The person’s name when they are a party on the case; null for the body’s staff and partners.',
  })
  actorName!: string | null;

  @Field(() => Boolean)
  isViewer!: boolean;
}

@ObjectType('CaseMutationError')
export class CaseMutationErrorObject {
  @Field(() => String, { description: 'Stable code for the portal to translate.' })
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('CaseMutationResult')
export class CaseMutationResultObject {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => CaseMutationErrorObject, { nullable: true })
  error!: CaseMutationErrorObject | null;

  @Field(() => CaseObject, { nullable: true })
  case!: CaseObject | null;
}

@ObjectType('PartnerComplaint', {
  description:
    'A complaint on the partner’s own decision: status, timeline and outcome. No parties, no documents.',
})
export class PartnerComplaintObject {
  @Field(() => String)
  caseNumber!: string;

  @Field(() => CaseStatusEnum)
  status!: CaseStatus;

  @Field(() => DateTimeResolver)
  receivedAt!: Date;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When status, decision or court status last changed.',
  })
  updatedAt!: Date | null;

  @Field(() => String)
  board!: string;

  @Field(() => CaseDecisionObject, { nullable: true })
  decision!: CaseDecisionObject | null;

  @Field(() => CourtStatusEnum)
  courtStatus!: CourtStatus;

  @Field(() => [StatusEventObject])
  timeline!: readonly StatusEventObject[];

  caseTypeCode!: string;
  firstInstanceBodyCode!: string;
}

@ObjectType('PartnerComplaintsPage')
export class PartnerComplaintsPageObject {
  @Field(() => [PartnerComplaintObject])
  nodes!: PartnerComplaintObject[];

  @Field(() => CasesPageInfoObject)
  pageInfo!: CasesPageInfoObject;

  @Field(() => Int)
  totalCount!: number;
}

export const DocumentDirectionEnum = graphqlEnum(
  DOCUMENT_DIRECTIONS,
  'DocumentDirection',
  'OUT: from the body (letters, decisions, copies); IN: to the body (new information, forms).',
);
export const DocumentCategoryEnum = graphqlEnum(
  DOCUMENT_CATEGORIES,
  'DocumentCategory',
  'What kind of document.',
);

@ObjectType('DocumentFile')
export class DocumentFileObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The name it downloads with (its extension follows its type).' })
  filename!: string;

  @Field(() => String, { description: 'The type found in its content.' })
  mime!: string;

  @Field(() => Int, { description: 'Bytes.' })
  size!: number;

  @Field(() => String, { description: 'SHA-256 of the content, hex.' })
  sha256!: string;

  @Field(() => String, { description: 'Same-origin path that downloads it (logged).' })
  downloadUrl!: string;
}

@ObjectType('Document', { description: 'A document on a case.' })
export class DocumentObject {
  @Field(() => ID)
  id!: string;

  @Field(() => DocumentDirectionEnum)
  direction!: DocumentDirection;

  @Field(() => DocumentCategoryEnum)
  category!: DocumentCategory;

  @Field(() => String)
  title!: string;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => AccessRoleEnum, {
    description: 'In which role the sender sent it (the body’s staff: CASE_OFFICER).',
  })
  senderRole!: string;

  @Field(() => [DocumentFileObject])
  files!: DocumentFileObject[];

  @Field(() => FormAnswerObject, { nullable: true, description: 'For a form submitted in Min side.' })
  form!: FormAnswerObject | null;
}

export const FormKindEnum = graphqlEnum(FORM_KINDS, 'FormKind', 'The forms of Min side.');

@ObjectType('FormAnswer', { description: 'What a submitted form said; the fields of its kind are set.' })
export class FormAnswerObject {
  @Field(() => FormKindEnum)
  kind!: string;

  @Field(() => String, { nullable: true })
  comments!: string | null;

  @Field(() => String, { nullable: true })
  mobile!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  journalist!: string | null;

  @Field(() => String, { nullable: true })
  newsroom!: string | null;

  @Field(() => [String], { nullable: true })
  excludedTopics!: string[] | null;

  @Field(() => DateTimeResolver, { nullable: true })
  validUntil!: Date | null;
}

@ObjectType('Waiver', {
  description:
    'A waiver of confidentiality towards a named journalist (from the complainant or their guardian).',
})
export class WaiverObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  journalist!: string;

  @Field(() => String, { description: 'Newsroom or client (oppdragsgiver).' })
  newsroom!: string;

  @Field(() => [String], { description: 'Matters the body must not speak about.' })
  excludedTopics!: string[];

  @Field(() => DateTimeResolver, { nullable: true })
  validUntil!: Date | null;

  @Field(() => AccessRoleEnum)
  givenAs!: string;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => Boolean, { description: 'Not revoked, and not past its time limit.' })
  inForce!: boolean;
}

@ObjectType('LatestDocument', {
  description: 'One of Min side’s newest documents, with the case it is on (Mine saker’s “Nye dokumenter”).',
})
export class LatestDocumentObject {
  @Field(() => ID, { description: 'The case it is on (its page: the case’s id).' })
  caseId!: string;

  @Field(() => String, { description: 'E.g. 26/00101.' })
  caseNumber!: string;

  @Field(() => DocumentObject, { description: 'The document, as its case page shows it.' })
  document!: DocumentObject;
}
