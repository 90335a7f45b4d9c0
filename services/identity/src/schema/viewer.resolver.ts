import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import {
  actFor,
  getPerson,
  getViewer,
  giveConsent,
  listRepresentations,
  withdrawMyConsent,
} from '../usecases/viewer.js';
import { PersonObject } from './person.type.js';
import { RepresentationObject, ViewerMutationResult, ViewerObject } from './viewer.type.js';

const MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: 'You must log in to do this.',
  NOT_ALLOWED: 'You may not act for this person.',
  CONSENT_REQUIRED: 'Consent to Min side first.',
};

function toPayload(result: { ok: true } | { ok: false; code: string }): ViewerMutationResult {
  return result.ok
    ? { ok: true, error: null }
    : { ok: false, error: { code: result.code, message: MESSAGES[result.code] ?? result.code } };
}

@Resolver(() => ViewerObject)
export class ViewerResolver {
  @Query(() => ViewerObject, {
    nullable: true,
    description: 'The caller. Anonymous callers get authenticated = false.',
  })
  viewer(@Ctx() ctx: Context): ViewerObject {
    const viewer = getViewer(ctx);
    return {
      authenticated: viewer.kind !== 'ANONYMOUS',
      kind: viewer.kind,
      consentRequired: viewer.consentRequired,
      staffRoles: viewer.staffRoles,
      personId: viewer.personId,
      actingForPersonId: viewer.actingForPersonId,
    };
  }

  @FieldResolver(() => PersonObject, { nullable: true, description: 'The logged-in person.' })
  async person(@Root() viewer: ViewerObject, @Ctx() ctx: Context) {
    if (!viewer.personId) return null;
    const result = await getPerson(ctx, viewer.personId, new Date());
    return result.ok ? result.value : null;
  }

  @FieldResolver(() => PersonObject, {
    nullable: true,
    description: 'Whom the viewer acts for now, if not themselves.',
  })
  async actingFor(@Root() viewer: ViewerObject, @Ctx() ctx: Context) {
    if (!viewer.actingForPersonId) return null;
    const result = await getPerson(ctx, viewer.actingForPersonId, new Date());
    return result.ok ? result.value : null;
  }

  @FieldResolver(() => [RepresentationObject], { description: 'Whom the viewer may act for, and as what.' })
  async representations(@Ctx() ctx: Context): Promise<RepresentationObject[]> {
    const now = new Date();
    const list = await listRepresentations(ctx, now);
    const people = await Promise.all(list.map((r) => getPerson(ctx, r.personId, now)));
    return list.flatMap((r, i) => {
      const person = people[i];
      return person?.ok ? [{ person: person.value, roles: r.roles }] : [];
    });
  }

  @Mutation(() => ViewerMutationResult, { description: 'Consent to using Min side and to notifications.' })
  async giveConsent(@Ctx() ctx: Context): Promise<ViewerMutationResult> {
    return toPayload(await giveConsent(ctx, new Date()));
  }

  @Mutation(() => ViewerMutationResult, {
    description: 'Withdraw consent; Min side shows no case data after this.',
  })
  async withdrawConsent(@Ctx() ctx: Context): Promise<ViewerMutationResult> {
    return toPayload(await withdrawMyConsent(ctx, new Date()));
  }

  @Mutation(() => ViewerMutationResult, { description: 'Act for someone you represent (null: yourself).' })
  async actFor(
    @Arg('personId', () => ID, { nullable: true }) personId: string | null,
    @Ctx() ctx: Context,
  ): Promise<ViewerMutationResult> {
    return toPayload(await actFor(ctx, personId ?? null, new Date()));
  }
}
