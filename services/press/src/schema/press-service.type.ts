import { DateTimeResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('PressService', { description: 'When the body answers the press. Public.' })
export class PressServiceObject {
  @Field(() => String, { description: 'Local time of day, HH:MM.' })
  answersFrom!: string;

  @Field(() => String, { description: 'Local time of day, HH:MM.' })
  answersTo!: string;

  @Field(() => String, { description: 'IANA time zone of the hours.' })
  timeZone!: string;

  @Field(() => Boolean, { description: 'Weekdays only, and not on Norwegian public holidays.' })
  excludesPublicHolidays!: boolean;

  @Field(() => Boolean, { description: 'Press hours are open now.' })
  openNow!: boolean;

  @Field(() => DateTimeResolver, { description: 'Now, if open; else when press hours next open.' })
  nextOpening!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the current press hours close.' })
  closesAt!: Date | null;
}
