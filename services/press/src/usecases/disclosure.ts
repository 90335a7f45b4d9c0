import { err, ok, type Result } from '@klageportal/kit';
import type { Context } from '../context.js';
import {
  type Asker,
  type CaseFacts,
  type Disclosure,
  decideDisclosure,
  PUBLIC_REGISTER,
} from '../domain/disclosure.js';
import { CASE_NUMBER } from '../domain/press-log.js';
import type { CaseObject } from '../schema/case.type.js';
import { authorisePressOfficer } from './press-log.js';

type Refusal = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT';

/** A reference to a case by number, for press officers (the cases subgraph says if it exists). */
export function pressCase(ctx: Context, caseNumber: string): Result<{ caseNumber: string }, Refusal> {
  const officer = authorisePressOfficer(ctx.principal);
  if (!officer.ok) return officer;
  const number = caseNumber.trim();
  return CASE_NUMBER.test(number)
    ? ok({ caseNumber: number })
    : err('BAD_USER_INPUT', 'caseNumber: e.g. 26/00101');
}

/** What may be said to this journalist of this newsroom, decided now. Press officers only. */
export function discloseCase(
  ctx: Context,
  found: CaseObject,
  asker: Asker,
): Result<Disclosure & { publicRegister: typeof PUBLIC_REGISTER; decidedAt: Date }, Refusal> {
  const officer = authorisePressOfficer(ctx.principal);
  if (!officer.ok) return officer;
  const journalist = asker.journalist.trim();
  const newsroom = asker.newsroom.trim();
  if (journalist.length < 2 || newsroom.length < 2 || journalist.length > 200 || newsroom.length > 200)
    return err('BAD_USER_INPUT', 'journalist and newsroom: 2–200 characters');
  const facts = caseFacts(found);
  if (!facts) {
    // the gateway brings the required fields; a case without them is a wiring fault, not a "no"
    throw new Error('Case facts missing from the representation');
  }
  const now = ctx.deps.clock();
  const disclosure = decideDisclosure(facts, { journalist, newsroom }, now);
  ctx.log.info({ level: disclosure.level, reason: disclosure.reason }, 'press disclosure decided');
  return ok({ ...disclosure, publicRegister: PUBLIC_REGISTER, decidedAt: now });
}

const date = (v: Date | string | null | undefined): Date | null => (v == null ? null : new Date(v));

/** The representation's required fields as the domain's facts (dates arrive as strings). */
export function caseFacts(found: CaseObject): CaseFacts | null {
  if (!found.status || !found.receivedAt || !found.courtStatus || !found.caseType || !found.firstInstanceBody)
    return null;
  return {
    caseNumber: found.caseNumber,
    status: found.status,
    receivedAt: date(found.receivedAt)!,
    caseTypeCode: found.caseType.code,
    firstInstanceBodyCode: found.firstInstanceBody.code,
    courtStatus: found.courtStatus,
    decision: found.decision
      ? { outcome: found.decision.outcome, decidedAt: date(found.decision.decidedAt)! }
      : null,
    waivers: (found.waivers ?? []).map((w) => ({
      journalist: w.journalist,
      newsroom: w.newsroom,
      excludedTopics: w.excludedTopics ?? [],
      validUntil: date(w.validUntil),
      revokedAt: date(w.revokedAt),
    })),
  };
}
