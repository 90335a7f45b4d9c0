import { refuse } from '@klageportal/federation';
import type { Result } from '@klageportal/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import {
  handlingExpected,
  isWithinPressHours,
  nextPressHoursStart,
  pressHoursClose,
} from '../domain/press-hours.js';
import { type InquiryStatus, PRESS_HOURS, type PressInquiry } from '../domain/press-service.js';
import {
  answerPressInquiry,
  listPressInquiries,
  logPressInquiry,
  movePressInquiry,
} from '../usecases/press-log.js';
import { CaseObject } from './case.type.js';
import {
  AnswerPressInquiryInput,
  InquiryStatusEnum,
  LogPressInquiryInput,
  PressHandlingObject,
  PressInquiryObject,
  PressInquiryResultObject,
} from './press-inquiry.type.js';
import { PressServiceObject } from './press-service.type.js';

const TOP_LEVEL = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

const MESSAGES: Record<string, string> = {
  NOT_FOUND: 'No such entry in the press log.',
  INVALID_RECEIVED_AT: 'The time received must be now or earlier (and within ten years).',
  INVALID_NEWSROOM: 'Give the client (oppdragsgiver).',
  INVALID_NAME: 'Give the journalist’s name.',
  INVALID_CONTACT: 'Give an e-mail address or phone number.',
  INVALID_QUESTION: 'Write the question.',
  INVALID_CASE_NUMBER: 'A case number looks like 26/00101.',
  INVALID_ANSWER: 'Write the answer given.',
  INVALID_ANSWERED_AT: 'The time answered must be after the inquiry and not in the future.',
  CLOSED: 'This entry is closed.',
  INVALID_TRANSITION: 'The entry cannot move to that status.',
};

function toPayload(result: Result<PressInquiry, string>): PressInquiryResultObject {
  if (result.ok) return { ok: true, error: null, inquiry: result.value };
  if (TOP_LEVEL.has(result.code)) refuse(result.code as 'UNAUTHENTICATED' | 'FORBIDDEN');
  return {
    ok: false,
    inquiry: null,
    error: { code: result.code, message: MESSAGES[result.code] ?? result.code },
  };
}

@Resolver(() => PressInquiryObject)
export class PressResolver {
  @Query(() => PressServiceObject, { nullable: true, description: 'The press hours. Public.' })
  pressService(@Ctx() ctx: Context): PressServiceObject {
    const now = ctx.deps.clock();
    return {
      ...PRESS_HOURS,
      openNow: isWithinPressHours(now),
      nextOpening: nextPressHoursStart(now),
      closesAt: pressHoursClose(now),
    };
  }

  @Query(() => [PressInquiryObject], {
    nullable: true,
    description: 'The latest press inquiries, newest first. Press officers only.',
  })
  async pressInquiries(
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<PressInquiryObject[]> {
    const result = await listPressInquiries(ctx, Math.min(Math.max(first, 1), 100));
    return result.ok ? result.value : refuse(result.code);
  }

  @Mutation(() => PressInquiryResultObject, { description: 'Press officers: log a press inquiry.' })
  async logPressInquiry(
    @Arg('input', () => LogPressInquiryInput) input: LogPressInquiryInput,
    @Ctx() ctx: Context,
  ): Promise<PressInquiryResultObject> {
    return toPayload(await logPressInquiry(ctx, input));
  }

  @Mutation(() => PressInquiryResultObject, {
    description: 'Press officers: record the answer given (or correct it) until the entry is closed.',
  })
  async answerPressInquiry(
    @Arg('input', () => AnswerPressInquiryInput) input: AnswerPressInquiryInput,
    @Ctx() ctx: Context,
  ): Promise<PressInquiryResultObject> {
    return toPayload(await answerPressInquiry(ctx, input));
  }

  @Mutation(() => PressInquiryResultObject, {
    description: 'Press officers: mark an entry in progress, or close it.',
  })
  async setPressInquiryStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => InquiryStatusEnum) status: InquiryStatus,
    @Ctx() ctx: Context,
  ): Promise<PressInquiryResultObject> {
    return toPayload(await movePressInquiry(ctx, { id, status }));
  }

  @FieldResolver(() => PressHandlingObject, {
    description: 'When it is handled: at once in press hours, else from the next opening.',
  })
  handling(@Root() inquiry: PressInquiryObject): PressHandlingObject {
    return handlingExpected(inquiry.receivedAt);
  }

  @FieldResolver(() => CaseObject, {
    nullable: true,
    description: 'The case asked about (the cases subgraph resolves it; null without a case number).',
  })
  case(@Root() inquiry: PressInquiryObject): CaseObject | null {
    return inquiry.caseNumber ? { caseNumber: inquiry.caseNumber } : null;
  }
}
