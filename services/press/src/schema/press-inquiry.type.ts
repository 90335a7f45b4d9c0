import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import {
  INQUIRY_CHANNELS,
  INQUIRY_STATUSES,
  type InquiryChannel,
  type InquiryStatus,
} from '../domain/press-service.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const InquiryChannelEnum = enumOf(INQUIRY_CHANNELS);
export const InquiryStatusEnum = enumOf(INQUIRY_STATUSES);
registerEnumType(InquiryChannelEnum, { name: 'PressInquiryChannel' });
registerEnumType(InquiryStatusEnum, { name: 'PressInquiryStatus' });

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
