import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { registerPerson } from '../usecases/register-person.js';
import { PersonObject } from './person.type.js';
import { MutationErrorObject } from './viewer.type.js';

const MESSAGES: Record<string, string> = {
  FORBIDDEN: 'Only case officers may register persons.',
  INVALID_NAME: 'Give the name as registered (2–200 characters).',
  FORMAT: 'A fødselsnummer has eleven digits.',
  CHECKSUM: 'This is not a valid fødselsnummer (check digits).',
  DATE: 'This is not a valid fødselsnummer (date).',
  D_NUMBER: 'A D-number cannot be used for Min side.',
  H_NUMBER: 'An H-number cannot be used for Min side.',
  SYNTHETIC_NOT_ALLOWED: 'Synthetic numbers are not accepted here.',
};

@InputType('RegisterPersonInput')
class RegisterPersonInput {
  @Field(() => String, { description: 'Eleven digits. Never stored outside identity, never logged.' })
  fodselsnummer!: string;

  @Field(() => String, { description: 'The name as registered; an existing person keeps theirs.' })
  name!: string;
}

@ObjectType('RegisterPersonResult')
export class RegisterPersonResult {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => MutationErrorObject, { nullable: true })
  error!: MutationErrorObject | null;

  @Field(() => PersonObject, { nullable: true, description: 'The person, found or created.' })
  person!: PersonObject | null;
}

@Resolver()
export class RegisterPersonResolver {
  @Mutation(() => RegisterPersonResult, {
    description:
      'Case officers: find a person by fødselsnummer, or create them, to add them to a case by id.',
  })
  async registerPerson(
    @Arg('input', () => RegisterPersonInput) input: RegisterPersonInput,
    @Ctx() ctx: Context,
  ): Promise<RegisterPersonResult> {
    const result = await registerPerson(ctx, input, new Date());
    return result.ok
      ? { ok: true, error: null, person: result.value }
      : {
          ok: false,
          person: null,
          error: { code: result.code, message: MESSAGES[result.code] ?? result.code },
        };
  }
}
