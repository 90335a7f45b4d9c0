import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { LocalisedNames } from '../domain/case.js';

@ObjectType('FirstInstanceBody', { description: 'A body whose decisions can be complained about here.' })
@Directive('@key(fields: "code")')
export class FirstInstanceBodyObject {
  @Field(() => ID, { description: 'Stable code, e.g. NPE, HELFO, HDIR.' })
  code!: string;

  names!: LocalisedNames;
}
