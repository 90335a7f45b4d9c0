import { graphqlEnum } from '@klageportal/federation';
import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import {
  INQUIRY_CHANNELS,
  INQUIRY_STATUSES,
  type InquiryChannel,
  type InquiryStatus,
} from '../domain/press-service.js';

export const InquiryChannelEnum = graphqlEnum(INQUIRY_CHANNELS, 'PressInquiryChannel');
export const InquiryStatusEnum = graphqlEnum(INQUIRY_STATUSES, 'PressInquiryStatus');

@ObjectType('PressHandling', { description: 'When an inquiry is handled, by the press hours.' })
export class PressHandlingObject {
  @Field(() => Boolean, { description: 'Received outside press hours (weekdays 09–14 Oslo, not holidays).' })
  outsidePressHours!: boolean;

  @Field(() => DateTimeResolver, { description: 'When it is handled from: the next press hours.' })
  handledFrom!: Date;
}

@ObjectType('PressInquiry', { description: 'An entry in the press-inquiry log. Press officers only.' })
@Directive('@key(fields: "id")')
export class PressInquiryObject {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeResolver)
  receivedAt!: Date;

  @Field(() => InquiryChannelEnum)
  channel!: InquiryChannel;

  @Field(() => String, { description: 'The client (oppdragsgiver): newsroom or publication.' })
  newsroom!: string;

  @Field(() => String)
  journalistName!: string;

  @Field(() => String, { description: 'E-mail address or phone number, as given.' })
  journalistContact!: string;

  @Field(() => String)
  question!: string;

  @Field(() => String, { nullable: true })
  caseNumber!: string | null;

  @Field(() => InquiryStatusEnum)
  status!: InquiryStatus;

  @Field(() => String, { nullable: true })
  answer!: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  answeredAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Staff id of who logged it, then of who answered it.' })
  handledBy!: string | null;

  @Field(() => DateTimeResolver, { description: 'Ten years after receipt the entry is deleted.' })
  deleteAfter!: Date;
}

@InputType('LogPressInquiryInput')
export class LogPressInquiryInput {
  @Field(() => DateTimeResolver, { nullable: true, description: 'Default: now.' })
  receivedAt?: Date | null;

  @Field(() => InquiryChannelEnum)
  channel!: InquiryChannel;

  @Field(() => String, { description: 'The client (oppdragsgiver).' })
  newsroom!: string;

  @Field(() => String)
  journalistName!: string;

  @Field(() => String)
  journalistContact!: string;

  @Field(() => String)
  question!: string;

  @Field(() => String, { nullable: true })
  caseNumber?: string | null;
}

@InputType('AnswerPressInquiryInput')
export class AnswerPressInquiryInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  answer!: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Default: now.' })
  answeredAt?: Date | null;
}

@ObjectType('PressInquiryError')
export class PressInquiryErrorObject {
  @Field(() => String, { description: 'Stable code for the portal to translate.' })
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('PressInquiryResult')
export class PressInquiryResultObject {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => PressInquiryErrorObject, { nullable: true })
  error!: PressInquiryErrorObject | null;

  @Field(() => PressInquiryObject, { nullable: true })
  inquiry!: PressInquiryObject | null;
}
