import { refuse } from '@klageportal/federation';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import type { YearStatistics } from '../domain/statistics.js';
import { getCourtCases, getYear, getYears } from '../usecases/statistics.js';
import { CaseTypeRef, CourtCasesObject, ProcessingTimeObject, StatisticsObject } from './statistics.type.js';

export function toStatisticsObject(s: YearStatistics): StatisticsObject {
  return {
    year: s.year,
    threshold: s.threshold,
    received: s.received,
    decided: s.decided,
    months: s.months,
    byCaseType: s.byCaseType.map((t) => ({
      caseType: { code: t.caseTypeCode },
      group: t.board,
      received: t.received,
      decided: t.decided,
      processingTime: toProcessingTime(t.processingTime),
    })),
    byCaseTypeGroup: s.byCaseTypeGroup,
    byFirstInstanceBody: s.byFirstInstanceBody.map((b) => ({
      firstInstanceBody: { code: b.firstInstanceBodyCode },
      received: b.received,
      decided: b.decided,
    })),
    outcomes: s.outcomes,
  };
}

function toProcessingTime(p: YearStatistics['byCaseType'][number]['processingTime']): ProcessingTimeObject {
  return {
    decided: p.count,
    medianWeeks: p.medianWeeks,
    p80Weeks: p.p80Weeks,
    p90Weeks: p.p90Weeks,
    suppressed: p.suppressed,
  };
}

@Resolver(() => StatisticsObject)
export class StatisticsResolver {
  @Query(() => StatisticsObject, {
    nullable: true,
    description: 'Statistics for a calendar year; the latest year with figures by default. Public.',
  })
  async statistics(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: Context,
  ): Promise<StatisticsObject> {
    if (year === null || year === undefined) return toStatisticsObject(await getYear(ctx, null));
    // an asked year is checked like a period of one year
    const result = await getYears(ctx, year, year);
    return result.ok ? toStatisticsObject(result.value[0]!) : refuse(result.code, result.detail);
  }

  @Query(() => [StatisticsObject], {
    nullable: true,
    description: 'Statistics for a period of whole calendar years (at most ten), oldest first. Public.',
  })
  async statisticsForYears(
    @Arg('from', () => Int) from: number,
    @Arg('to', () => Int) to: number,
    @Ctx() ctx: Context,
  ): Promise<StatisticsObject[]> {
    const result = await getYears(ctx, from, to);
    return result.ok ? result.value.map(toStatisticsObject) : refuse(result.code, result.detail);
  }

  @Query(() => CourtCasesObject, {
    nullable: true,
    description: 'Complaints on patient-injury compensation now in the courts, by status. Public.',
  })
  async patientInjuryCourtCases(@Ctx() ctx: Context): Promise<CourtCasesObject> {
    return getCourtCases(ctx);
  }
}

@Resolver(() => CaseTypeRef)
export class CaseTypeProcessingResolver {
  @FieldResolver(() => ProcessingTimeObject, {
    // nullable: when stats is down, only this field is lost, not the case page around it
    nullable: true,
    description:
      'Expected processing time for this case type: decisions of the last twelve whole months. An estimate, not a promise.',
  })
  async expectedProcessingTime(
    @Root() caseType: CaseTypeRef,
    @Ctx() ctx: Context,
  ): Promise<ProcessingTimeObject> {
    return toProcessingTime(await ctx.loaders.expectedProcessingTime.load(caseType.code));
  }
}
