import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { getPartnerComplaint, listPartnerComplaints } from '../usecases/partner.js';
import { caseTypeByCode, firstInstanceBodyByCode } from '../usecases/reference-data.js';
import { unwrap } from './case.resolver.js';
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
    const page = unwrap(result);
    return {
      nodes: page.nodes,
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
      totalCount: page.totalCount,
    };
  }

  @Query(() => PartnerComplaintObject, {
    nullable: true,
    description: 'Partner agencies (NPE): one complaint by case number.',
  })
  async partnerComplaint(@Arg('caseNumber', () => String) caseNumber: string, @Ctx() ctx: Context) {
    return { ...unwrap(await getPartnerComplaint(ctx, caseNumber, new Date())), updatedAt: null };
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
