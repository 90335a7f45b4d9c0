import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import type { ContactPoint } from '../domain/contact-point.js';
import { changeMyContactPoint, myContactPoints } from '../usecases/contact-points.js';
import { ContactPointObject, SetContactPointInput, SetContactPointResult } from './contact-point.type.js';
import { PersonObject } from './person.type.js';

const MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: 'You must log in to do this.',
  CONSENT_REQUIRED: 'Consent to Min side first.',
  MALFORMED_EMAIL: 'That is not an e-mail address.',
  SHARED_MAILBOX: 'A lawyer needs a direct e-mail address, not a shared post-box.',
  MALFORMED_MOBILE: 'That is not a phone number.',
  FOREIGN_MOBILE: 'Only Norwegian mobile numbers can get SMS from us.',
  NOT_MOBILE: 'That number is not a mobile number.',
};

const toObject = (c: ContactPoint): ContactPointObject => ({
  kind: c.kind,
  value: c.value,
  verified: c.verifiedAt !== null,
});

@Resolver(() => PersonObject)
export class ContactPointResolver {
  @FieldResolver(() => [ContactPointObject], {
    nullable: true,
    description: "The person's mobile and e-mail. Only the person sees them.",
  })
  async contactPoints(
    @Root() person: PersonObject,
    @Ctx() ctx: Context,
  ): Promise<ContactPointObject[] | null> {
    const points = await myContactPoints(ctx, person.id);
    return points?.map(toObject) ?? null;
  }

  @Mutation(() => SetContactPointResult, { description: 'Change my mobile number or e-mail address.' })
  async setContactPoint(
    @Arg('input', () => SetContactPointInput) input: SetContactPointInput,
    @Ctx() ctx: Context,
  ): Promise<SetContactPointResult> {
    const result = await changeMyContactPoint(ctx, input, new Date());
    return result.ok
      ? { ok: true, contactPoint: toObject(result.value), error: null }
      : {
          ok: false,
          contactPoint: null,
          error: { code: result.code, message: MESSAGES[result.code] ?? result.code },
        };
  }
}
