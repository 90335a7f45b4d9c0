import { Field, ObjectType } from 'type-graphql';
import { PersonObject } from './person.type.js';

@ObjectType('Viewer', { description: 'Who is looking at the portal.' })
export class ViewerObject {
  @Field(() => Boolean, { description: 'True once the person has logged in with ID-porten.' })
  authenticated!: boolean;

  @Field(() => PersonObject, { nullable: true })
  person!: PersonObject | null;
}
