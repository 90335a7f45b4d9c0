import { refuse } from '@klageportal/federation';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { PRESS_HOURS } from '../domain/press-service.js';
import { listPressInquiries } from '../usecases/press-log.js';
import { PressInquiryObject } from './press-inquiry.type.js';
import { PressServiceObject } from './press-service.type.js';

@Resolver()
export class PressResolver {
  @Query(() => PressServiceObject, { nullable: true, description: 'The press hours. Public.' })
  pressService(): PressServiceObject {
    return PRESS_HOURS;
  }

  @Query(() => [PressInquiryObject], {
    nullable: true,
    description: 'The latest press inquiries. Press officers only.',
  })
  async pressInquiries(
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<PressInquiryObject[]> {
    const result = await listPressInquiries(ctx, Math.min(Math.max(first, 1), 100));
    return result.ok ? result.value : refuse(result.code);
  }
}
