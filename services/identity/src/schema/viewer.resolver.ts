import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { getViewer } from '../usecases/viewer.js';
import { ViewerObject } from './viewer.type.js';

@Resolver(() => ViewerObject)
export class ViewerResolver {
  @Query(() => ViewerObject, {
    nullable: true,
    description: 'The caller. Anonymous callers get authenticated = false.',
  })
  viewer(@Ctx() ctx: Context): ViewerObject {
    const viewer = getViewer(ctx);
    return { authenticated: viewer.authenticated, person: null };
  }
}
