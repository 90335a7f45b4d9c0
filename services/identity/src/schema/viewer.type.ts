import { graphqlEnum } from '@klageportal/federation';
import { Field, ObjectType } from 'type-graphql';
import { MANDATE_ROLES, type MandateRole } from '../domain/mandate.js';
import { PersonObject } from './person.type.js';

export const ViewerKindEnum = graphqlEnum(['ANONYMOUS', 'CITIZEN', 'STAFF', 'PARTNER'], 'ViewerKind');
export const MandateRoleEnum = graphqlEnum(
  MANDATE_ROLES,
  'MandateRole',
  'The role in which one person acts for another.',
);

@ObjectType('Representation', { description: 'Someone the viewer may act for, and in which roles.' })
export class RepresentationObject {
  @Field(() => PersonObject)
  person!: PersonObject;

  @Field(() => [MandateRoleEnum])
  roles!: MandateRole[];
}

@ObjectType('Viewer', { description: 'Who is looking at the portal.' })
export class ViewerObject {
  @Field(() => Boolean, {
    description: 'True once logged in (ID-porten, staff login) or for a partner client.',
  })
  authenticated!: boolean;

  @Field(() => ViewerKindEnum)
  kind!: 'ANONYMOUS' | 'CITIZEN' | 'STAFF' | 'PARTNER';

  @Field(() => Boolean, { description: 'A citizen who must consent before any case data is shown.' })
  consentRequired!: boolean;

  @Field(() => [String], { description: 'Staff roles (case_officer, press_officer, analyst).' })
  staffRoles!: string[];

  personId!: string | null;
  actingForPersonId!: string | null;
}

@ObjectType('MutationError')
export class MutationErrorObject {
  @Field(() => String, { description: 'Stable code for the portal to translate.' })
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('ViewerMutationResult')
export class ViewerMutationResult {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => MutationErrorObject, { nullable: true })
  error!: MutationErrorObject | null;
}
