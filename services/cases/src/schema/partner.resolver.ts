import { refuse } from '@klageportal/federation';
import { GraphQLError } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { getPartnerComplaint, listPartnerComplaints } from '../usecases/partner.js';
import { caseTypeByCode, firstInstanceBodyByCode } from '../usecases/reference-data.js';
import { PartnerComplaintObject, PartnerComplaintsPageObject } from './case.type.js';
import { CaseTypeObject } from './case-type.type.js';
import { FirstInstanceBodyObject } from './first-instance-body.type.js';

@Resolver(() => PartnerComplaintObject)
export class PartnerResolver {
  @Query(() => PartnerComplaintsPageObject, {
    nullable: true,
    description:
      'Partner agencies (NPE): complaints on their own decisions changed at or after `updatedSince`, oldest change first.',
  })
  async partnerComplaints(
    @Arg('updatedSince', () => DateTimeResolver, { nullable: true }) updatedSince: Date | null,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<PartnerComplaintsPageObject> {
    const result = await listPartnerComplaints(ctx, updatedSince ?? null, { first, after }, new Date());
    if (!result.ok) {
      if (result.code === 'BAD_USER_INPUT')
        throw new GraphQLError(result.detail ?? 'Bad input.', { extensions: { code: 'BAD_USER_INPUT' } });
      return refuse(result.code);
    }
    return {
      nodes: result.value.nodes,
      pageInfo: { endCursor: result.value.endCursor, hasNextPage: result.value.hasNextPage },
      totalCount: result.value.totalCount,
    };
  }

  @Query(() => PartnerComplaintObject, {
    nullable: true,
    description: 'Partner agencies (NPE): one complaint by case number.',
  })
  async partnerComplaint(@Arg('caseNumber', () => String) caseNumber: string, @Ctx() ctx: Context) {
    const result = await getPartnerComplaint(ctx, caseNumber, new Date());
    if (!result.ok) return refuse(result.code);
    return { ...result.value, updatedAt: null };
  }

  @FieldResolver(() => CaseTypeObject)
  caseType(@Root() found: PartnerComplaintObject, @Ctx() ctx: Context) {
    return caseTypeByCode(ctx, found.caseTypeCode);
  }

  @FieldResolver(() => FirstInstanceBodyObject)
  firstInstanceBody(@Root() found: PartnerComplaintObject, @Ctx() ctx: Context) {
    return firstInstanceBodyByCode(ctx, found.firstInstanceBodyCode);
  }
}
