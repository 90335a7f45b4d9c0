import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { isWaiverInForce } from '../domain/forms.js';
import { changeCaseContact, giveWaiver, revokeWaiver, sendComments, waiversFor } from '../usecases/forms.js';
import { toPayload } from './case.resolver.js';
import { CaseMutationResultObject, CaseObject, WaiverObject } from './case.type.js';

@InputType('GiveWaiverInput')
class GiveWaiverInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String)
  journalist!: string;

  @Field(() => String, { description: 'Newsroom or client (oppdragsgiver).' })
  newsroom!: string;

  @Field(() => [String], { nullable: true, description: 'Matters the body must not speak about.' })
  excludedTopics?: string[] | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Optional time limit (exclusive).' })
  validUntil?: Date | null;
}

/** The forms of Min side: each submitted one becomes an incoming document on the case. */
@Resolver(() => CaseObject)
export class FormsResolver {
  @Mutation(() => CaseMutationResultObject, { description: 'Send comments on the case (merknader).' })
  async sendCaseComments(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('comments', () => String) comments: string,
    @Ctx() ctx: Context,
  ) {
    return toPayload(await sendComments(ctx, caseId, comments, new Date()));
  }

  @Mutation(() => CaseMutationResultObject, { description: 'Change my mobile and e-mail for this case.' })
  async changeCaseContact(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('mobile', () => String, { nullable: true }) mobile: string | null,
    @Arg('email', () => String, { nullable: true }) email: string | null,
    @Ctx() ctx: Context,
  ) {
    return toPayload(await changeCaseContact(ctx, caseId, { mobile, email }, new Date()));
  }

  @Mutation(() => CaseMutationResultObject, {
    description: 'Waive confidentiality towards a named journalist (complainant or guardian).',
  })
  async giveWaiver(@Arg('input', () => GiveWaiverInput) input: GiveWaiverInput, @Ctx() ctx: Context) {
    const { caseId, ...waiver } = input;
    return toPayload(await giveWaiver(ctx, caseId, waiver, new Date()));
  }

  @Mutation(() => CaseMutationResultObject, { description: 'Revoke a waiver of confidentiality.' })
  async revokeWaiver(@Arg('waiverId', () => ID) waiverId: string, @Ctx() ctx: Context) {
    return toPayload(await revokeWaiver(ctx, waiverId, new Date()));
  }

  @FieldResolver(() => [WaiverObject], {
    description:
      'Waivers of confidentiality: for case and press officers and the complainant or guardian; others see none.',
  })
  async waivers(@Root() found: CaseObject, @Ctx() ctx: Context): Promise<WaiverObject[]> {
    const now = new Date();
    return (await waiversFor(ctx, found)).map((w) => ({ ...w, inForce: isWaiverInForce(w, now) }));
  }
}
