import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { localisedName } from '../domain/case.js';
import { firstInstanceBodyByCode, listBodies, listCaseTypes } from '../usecases/reference-data.js';
import { CaseTypeObject } from './case-type.type.js';
import { FirstInstanceBodyObject } from './first-instance-body.type.js';
import { Language } from './language.enum.js';

@Resolver(() => CaseTypeObject)
export class CaseTypeResolver {
  @Query(() => [CaseTypeObject], {
    nullable: true,
    description: 'Every type of complaint the body handles. Public.',
  })
  caseTypes(@Ctx() ctx: Context): Promise<CaseTypeObject[]> {
    return listCaseTypes(ctx);
  }

  @FieldResolver(() => String)
  name(
    @Root() caseType: CaseTypeObject,
    @Arg('language', () => Language, { defaultValue: Language.NB }) language: Language,
  ): string {
    return localisedName(caseType.names, language);
  }

  @FieldResolver(() => FirstInstanceBodyObject)
  firstInstanceBody(@Root() caseType: CaseTypeObject, @Ctx() ctx: Context) {
    return firstInstanceBodyByCode(ctx, caseType.firstInstanceBodyCode);
  }
}

@Resolver(() => FirstInstanceBodyObject)
export class FirstInstanceBodyResolver {
  @Query(() => [FirstInstanceBodyObject], {
    nullable: true,
    description: 'Bodies whose decisions can be complained about. Public.',
  })
  firstInstanceBodies(@Ctx() ctx: Context): Promise<FirstInstanceBodyObject[]> {
    return listBodies(ctx);
  }

  @FieldResolver(() => String)
  name(
    @Root() body: FirstInstanceBodyObject,
    @Arg('language', () => Language, { defaultValue: Language.NB }) language: Language,
  ): string {
    return localisedName(body.names, language);
  }
}
