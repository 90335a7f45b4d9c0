import { refuse } from '@klageportal/federation';
import { Arg, Ctx, Directive, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { discloseCase, pressCase } from '../usecases/disclosure.js';
import { CaseObject, PressDisclosureObject } from './case.type.js';

/** The fields of `Case` the decision needs, from the cases subgraph. */
export const DISCLOSURE_REQUIRES =
  'status receivedAt courtStatus decision { outcome decidedAt } caseType { code } firstInstanceBody { code } waivers { journalist newsroom excludedTopics validUntil revokedAt }';

@Resolver(() => CaseObject)
export class DisclosureResolver {
  @Query(() => CaseObject, {
    nullable: true,
    description:
      'Press officers: a case by its number, to ask what may be said about it. With no such case, `pressDisclosure` is null: answer as without a waiver (neither confirm nor deny).',
  })
  pressCase(@Arg('caseNumber', () => String) caseNumber: string, @Ctx() ctx: Context): CaseObject {
    const result = pressCase(ctx, caseNumber);
    return result.ok ? result.value : refuse(result.code);
  }

  @FieldResolver(() => PressDisclosureObject, {
    nullable: true,
    description:
      'Press officers: what the body may say about this case to this journalist of this newsroom, and why. Null when the cases subgraph knows no such case.',
  })
  @Directive(`@requires(fields: "${DISCLOSURE_REQUIRES}")`)
  pressDisclosure(
    @Root() found: CaseObject,
    @Arg('journalist', () => String) journalist: string,
    @Arg('newsroom', () => String) newsroom: string,
    @Ctx() ctx: Context,
  ): PressDisclosureObject {
    const result = discloseCase(ctx, found, { journalist, newsroom });
    return result.ok ? result.value : refuse(result.code);
  }
}
