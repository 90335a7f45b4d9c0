import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { getStatistics } from '../usecases/statistics.js';
import { StatisticsObject } from './statistics.type.js';

@Resolver(() => StatisticsObject)
export class StatisticsResolver {
  @Query(() => StatisticsObject, {
    nullable: true,
    description: 'Statistics for a year; the latest year by default. Public.',
  })
  async statistics(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: Context,
  ): Promise<StatisticsObject> {
    const stats = await getStatistics(ctx, year ?? null, new Date());
    return {
      year: stats.year,
      received: stats.received,
      decided: stats.decided,
      byCaseType: stats.byCaseType.map((row) => ({
        caseType: { code: row.caseTypeCode },
        received: row.received,
        decided: row.decided,
      })),
    };
  }
}
