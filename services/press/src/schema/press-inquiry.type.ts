import { graphqlEnum } from '@klageportal/federation';
import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import {
  INQUIRY_CHANNELS,
  INQUIRY_STATUSES,
  type InquiryChannel,
  type InquiryStatus,
} from '../domain/press-service.js';

export const InquiryChannelEnum = graphqlEnum(INQUIRY_CHANNELS, 'PressInquiryChannel');
export const InquiryStatusEnum = graphqlEnum(INQUIRY_STATUSES, 'PressInquiryStatus');

@ObjectType('PressInquiry', { description: 'An entry in the press-inquiry log. Press officers only.' })
@Directive('@key(fields: "id")')
export class PressInquiryObject {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeResolver)
  receivedAt!: Date;

  @Field(() => InquiryChannelEnum)
  channel!: InquiryChannel;

  @Field(() => String, { description: 'The client (oppdragsgiver).' })
  newsroom!: string;

  @Field(() => String)
  question!: string;

  @Field(() => String, { nullable: true })
  caseNumber!: string | null;

  @Field(() => InquiryStatusEnum)
  status!: InquiryStatus;
}
