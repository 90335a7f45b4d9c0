import { graphqlEnum } from '@klageportal/federation';
import { Field, InputType, ObjectType } from 'type-graphql';
import { CONTACT_POINT_KINDS, type ContactPointKind } from '../domain/contact-point.js';
import { MutationErrorObject } from './viewer.type.js';

export const ContactPointKindEnum = graphqlEnum(CONTACT_POINT_KINDS, 'ContactPointKind');

@ObjectType('ContactPoint', { description: 'Where the person gets notifications.' })
export class ContactPointObject {
  @Field(() => ContactPointKindEnum)
  kind!: ContactPointKind;

  @Field(() => String)
  value!: string;

  @Field(() => Boolean)
  verified!: boolean;
}

@InputType('SetContactPointInput')
export class SetContactPointInput {
  @Field(() => ContactPointKindEnum)
  kind!: ContactPointKind;

  @Field(() => String, { description: 'A Norwegian mobile number, or an e-mail address.' })
  value!: string;
}

@ObjectType('SetContactPointResult')
export class SetContactPointResult {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => ContactPointObject, { nullable: true })
  contactPoint!: ContactPointObject | null;

  @Field(() => MutationErrorObject, { nullable: true })
  error!: MutationErrorObject | null;
}
