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
}
