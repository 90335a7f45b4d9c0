import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { LocalisedNames } from '../domain/case.js';

@ObjectType('CaseType', { description: 'A type of complaint the body handles.' })
@Directive('@key(fields: "code")')
export class CaseTypeObject {
  @Field(() => ID, { description: 'Stable code, e.g. PSN_ANSVAR.' })
  code!: string;

  @Field(() => String, { description: 'The board or unit that decides this type of complaint.' })
  board!: string;

  @Field(() => String, { nullable: true, description: 'Last day of a case type that no longer exists.' })
  validTo!: string | null;

  names!: LocalisedNames;
  firstInstanceBodyCode!: string;
}
