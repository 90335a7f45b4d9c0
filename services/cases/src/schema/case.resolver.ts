import { refuse } from '@klageportal/federation';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { getCase } from '../usecases/get-case.js';
import { caseTypeByCode, firstInstanceBodyByCode } from '../usecases/reference-data.js';
import { CaseObject } from './case.type.js';
import { CaseTypeObject } from './case-type.type.js';
import { FirstInstanceBodyObject } from './first-instance-body.type.js';

@Resolver(() => CaseObject)
export class CaseResolver {
  @Query(() => CaseObject, {
    nullable: true,
    description: 'One complaint case, for those allowed to see it.',
  })
  async case(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CaseObject> {
    const result = await getCase(ctx, id);
    return result.ok ? result.value : refuse(result.code);
  }

  @FieldResolver(() => CaseTypeObject)
  caseType(@Root() found: CaseObject, @Ctx() ctx: Context) {
    return caseTypeByCode(ctx, found.caseTypeCode);
  }

  @FieldResolver(() => FirstInstanceBodyObject)
  firstInstanceBody(@Root() found: CaseObject, @Ctx() ctx: Context) {
    return firstInstanceBodyByCode(ctx, found.firstInstanceBodyCode);
  }
}
