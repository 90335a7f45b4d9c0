import { err, ok, type Result } from '@klageportal/kit';
import type { AccessRole } from './access-log.js';

/** The forms in Min side; each one submitted becomes an incoming FORM document on the case. */
export const FORM_KINDS = ['COMMENTS', 'CONTACT_CHANGE', 'WAIVER'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

const clean = (text: string) => text.trim().replace(/[ \t]+/g, ' ');

/** "Send comments on the case" (merknader): 1–10,000 characters. */
export function checkComments(text: string): Result<string, 'INVALID_COMMENTS'> {
  const value = text.trim();
  return value.length >= 1 && value.length <= 10_000 ? ok(value) : err('INVALID_COMMENTS');
}

/**
 * "Fritak fra taushetsplikt overfor navngitt person" (seeds/000 lines 21–29): the journalist's
 * name and the newsroom or client (oppdragsgiver), any matters the body must not speak about,
 * and an optional time limit.
 */
export type Waiver = {
  id: string;
  caseId: string;
  journalist: string;
  newsroom: string;
  excludedTopics: string[];
  validUntil: Date | null;
  givenBy: string;
  givenAs: AccessRole;
  createdAt: Date;
  revokedAt: Date | null;
};

export type WaiverInput = {
  journalist: string;
  newsroom: string;
  excludedTopics?: readonly string[] | null;
  validUntil?: Date | null;
};

export type WaiverRefusal =
  | 'INVALID_JOURNALIST'
  | 'INVALID_NEWSROOM'
  | 'INVALID_TOPICS'
  | 'VALID_UNTIL_PASSED';

export function checkWaiver(
  input: WaiverInput,
  now: Date,
): Result<
  { journalist: string; newsroom: string; excludedTopics: string[]; validUntil: Date | null },
  WaiverRefusal
> {
  const journalist = clean(input.journalist);
  if (journalist.length < 2 || journalist.length > 200) return err('INVALID_JOURNALIST');
  const newsroom = clean(input.newsroom);
  if (newsroom.length < 2 || newsroom.length > 200) return err('INVALID_NEWSROOM');
  const topics = [...new Set((input.excludedTopics ?? []).map(clean).filter(Boolean))];
  if (topics.length > 20 || topics.some((t) => t.length > 300)) return err('INVALID_TOPICS');
  const validUntil = input.validUntil ?? null;
  if (validUntil !== null && validUntil <= now) return err('VALID_UNTIL_PASSED');
  return ok({ journalist, newsroom, excludedTopics: topics, validUntil });
}

/**
 * "Klager, eller klagers verge, må derfor frita oss fra taushetsplikten" (seeds/000 line 15): only
 * the complainant, or their guardian, gives or revokes a waiver — not a lawyer, a proxy or a
 * surviving relative.
 */
export function mayGiveWaiver(actingRole: AccessRole): Result<true, 'NOT_COMPLAINANT_OR_GUARDIAN'> {
  return actingRole === 'COMPLAINANT' || actingRole === 'GUARDIAN'
    ? ok(true)
    : err('NOT_COMPLAINANT_OR_GUARDIAN');
}

/** A waiver counts at `now` until revoked and until its time limit (exclusive). */
export function isWaiverInForce(waiver: Pick<Waiver, 'revokedAt' | 'validUntil'>, now: Date): boolean {
  return waiver.revokedAt === null && (waiver.validUntil === null || now < waiver.validUntil);
}
