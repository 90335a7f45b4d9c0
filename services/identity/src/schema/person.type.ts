import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Person', { description: 'A person known to the body.' })
@Directive('@key(fields: "id")')
export class PersonObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;
}
