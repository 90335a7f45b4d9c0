/**
 * What the body may say to a named journalist about a case: the rules of the body's press page
 * (seeds/000, "Pressehenvendelser om enkeltsaker" and "Pressehenvendelser om rettssaker"), each a
 * branch of `decideDisclosure`. The case facts come from the cases subgraph through federation;
 * this module only decides.
 */

/** The case statuses, outcomes and court statuses as the cases subgraph publishes them. */
export const CASE_STATUSES = [
  'RECEIVED',
  'UNDER_PREPARATION',
  'SENT_TO_BOARD',
  'DECIDED',
  'REOPENED',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const OUTCOMES = ['UPHELD', 'REVERSED_IN_FULL', 'REVERSED_IN_PART', 'QUASHED', 'DISMISSED'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const COURT_STATUSES = ['NONE', 'PENDING_IN_COURT', 'JUDGMENT_NOT_FINAL', 'FINAL_JUDGMENT'] as const;
export type CourtStatus = (typeof COURT_STATUSES)[number];

/** A waiver of confidentiality as the cases subgraph shows it to press officers. */
export type WaiverFacts = {
  journalist: string;
  newsroom: string;
  excludedTopics: readonly string[];
  validUntil: Date | null;
  revokedAt: Date | null;
};

/** The facts of a case the decision needs (Case fields `@requires` from the cases subgraph). */
export type CaseFacts = {
  caseNumber: string;
  status: CaseStatus;
  receivedAt: Date;
  caseTypeCode: string;
  firstInstanceBodyCode: string;
  courtStatus: CourtStatus;
  decision: { outcome: Outcome; decidedAt: Date } | null;
  waivers: readonly WaiverFacts[];
};

export type Asker = { journalist: string; newsroom: string };

/**
 * What the press officer may do:
 * - SAY_NOTHING: not a word about the case, court cases (not even "no comment on this case");
 * - NEITHER_CONFIRM_NOR_DENY: the existence of a case is confidential;
 * - CONFIRM_HANDLING: may confirm that a complaint was received, is being handled or was decided;
 * - PROCESS_ONLY: may speak about the process (status, dates, processing time), never the content.
 */
export const DISCLOSURE_LEVELS = [
  'SAY_NOTHING',
  'NEITHER_CONFIRM_NOR_DENY',
  'CONFIRM_HANDLING',
  'PROCESS_ONLY',
] as const;
export type DisclosureLevel = (typeof DISCLOSURE_LEVELS)[number];

/** Why, in the words of the press page's rules. */
export const DISCLOSURE_REASONS = [
  'PENDING_IN_COURT',
  'JUDGMENT_NOT_FINAL',
  'NO_WAIVER',
  'HELSETILSYN_DECISION',
  'ADMINISTRATIVE_REACTION',
  'WAIVER',
] as const;
export type DisclosureReason = (typeof DISCLOSURE_REASONS)[number];

/** Why a waiver on the case does not count for this journalist (for the press officer only). */
export const WAIVER_ISSUES = ['OTHER_JOURNALIST', 'EXPIRED', 'REVOKED'] as const;
export type WaiverIssue = (typeof WAIVER_ISSUES)[number];

/** Where the stage of a case is told without a waiver: received, being handled, or decided. */
export const CASE_STAGES = ['RECEIVED', 'IN_PROGRESS', 'DECIDED'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export type Disclosure = {
  level: DisclosureLevel;
  reason: DisclosureReason;
  /** Set when the case has waivers and none counts for this journalist: why not. */
  waiverIssue: WaiverIssue | null;
  /** CONFIRM_HANDLING: the stage that may be confirmed. */
  stage: CaseStage | null;
  /** PROCESS_ONLY: the process facts that may be told. */
  process: {
    status: CaseStatus;
    receivedAt: Date;
    decidedAt: Date | null;
    /** Calendar days from receipt to decision (or to now while undecided). */
    processingDays: number;
  } | null;
  /** The outcome may be given: complaints about administrative reactions only. */
  outcome: Outcome | null;
  /** PROCESS_ONLY: matters the waiver excludes; never speak about them. */
  excludedTopics: string[];
  /** PROCESS_ONLY: the waiver's time limit, if any. */
  waiverValidUntil: Date | null;
};

/** "Klage på vedtak fra Statens helsetilsyn" (first-instance-bodies.json code HTIL). */
export const HELSETILSYN = 'HTIL';

/**
 * Complaints about administrative reactions against health personnel (helsepersonelloven
 * §§ 56–59 and 63; case-types.json, source "administrative-reaksjoner"): advarsel, tilbakekall,
 * suspensjon, begrensning, tap av rekvireringsrett.
 */
export const ADMINISTRATIVE_REACTION_CASE_TYPES: ReadonlySet<string> = new Set([
  'HPN_ADVARSEL',
  'HPN_TILBAKEKALL',
  'HPN_SUSPENSJON',
  'HPN_BEGRENSNING',
  'HPN_REKVIRERINGSRETT',
]);

/**
 * "Status på autorisasjonen/lisensen til helsepersonell i Norge er offentlig informasjon og ligger
 * i Helsepersonellregisteret." Every answer may point there — the same pointer whatever the case,
 * so that pointing never hints at what the case is about.
 */
export const PUBLIC_REGISTER = Object.freeze({
  name: 'Helsepersonellregisteret',
  url: 'https://register.helsedirektoratet.no/hpr',
});

/** Names compared as people write them: Unicode-normalised, case- and spacing-insensitive. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
  return norm(a) === norm(b);
}

/**
 * The waivers that count for this journalist now: naming this journalist and this newsroom, not
 * revoked, and before their time limit (exclusive). When none counts but the case has waivers, the
 * issue says why (a revoked or expired one for this journalist before one for somebody else).
 */
export function waiversInForceFor(
  waivers: readonly WaiverFacts[],
  asker: Asker,
  now: Date,
): { inForce: WaiverFacts[]; issue: WaiverIssue | null } {
  const named = waivers.filter(
    (w) => sameName(w.journalist, asker.journalist) && sameName(w.newsroom, asker.newsroom),
  );
  const inForce = named.filter((w) => w.revokedAt === null && (w.validUntil === null || now < w.validUntil));
  if (inForce.length > 0 || waivers.length === 0) return { inForce, issue: null };
  if (named.some((w) => w.revokedAt !== null)) return { inForce, issue: 'REVOKED' };
  if (named.length > 0) return { inForce, issue: 'EXPIRED' };
  return { inForce, issue: 'OTHER_JOURNALIST' };
}

/** Received, being handled, or decided (a reopened case is being handled again). */
export function stageOf(status: CaseStatus): CaseStage {
  if (status === 'RECEIVED') return 'RECEIVED';
  return status === 'DECIDED' ? 'DECIDED' : 'IN_PROGRESS';
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The disclosure decision, branch by branch (seeds/000):
 * 1. "Vi uttaler oss ikke om saker som skal til behandling eller som er under behandling i retten.
 *    Dette gjelder også for dommer som ikke er rettskraftige." → SAY_NOTHING, before anything else,
 *    waiver or not.
 * 2. With a waiver in force naming this journalist and newsroom: "Vi uttaler oss derfor kun om
 *    gangen i saken, og ikke om innholdet, selv med fritak" → PROCESS_ONLY, with the topics the
 *    waiver excludes (the union, when several count).
 * 3. Without one: "Det er en personsensitiv opplysning at noen har en klagesak hos oss" →
 *    NEITHER_CONFIRM_NOR_DENY, except "Vi kan bekrefte at vi har mottatt, behandler eller har
 *    behandlet klage på vedtak fra Statens helsetilsyn uten fritak" → CONFIRM_HANDLING.
 * 4. "Vi kan også gi informasjon om utfallet i klager på administrativ reaksjon mot helsepersonell"
 *    → the outcome, once decided, with or without a waiver (these are Helsetilsynet's decisions).
 */
export function decideDisclosure(facts: CaseFacts, asker: Asker, now: Date): Disclosure {
  const none = {
    waiverIssue: null,
    stage: null,
    process: null,
    outcome: null,
    excludedTopics: [],
    waiverValidUntil: null,
  };
  if (facts.courtStatus === 'PENDING_IN_COURT' || facts.courtStatus === 'JUDGMENT_NOT_FINAL') {
    return { ...none, level: 'SAY_NOTHING', reason: facts.courtStatus };
  }
  const adminReaction = ADMINISTRATIVE_REACTION_CASE_TYPES.has(facts.caseTypeCode);
  const outcome = adminReaction ? (facts.decision?.outcome ?? null) : null;
  const waivers = waiversInForceFor(facts.waivers, asker, now);
  if (waivers.inForce.length > 0) {
    const decidedAt = facts.status === 'DECIDED' ? (facts.decision?.decidedAt ?? null) : null;
    const limits = waivers.inForce.map((w) => w.validUntil);
    return {
      ...none,
      level: 'PROCESS_ONLY',
      reason: 'WAIVER',
      process: {
        status: facts.status,
        receivedAt: facts.receivedAt,
        decidedAt,
        processingDays: Math.floor(((decidedAt ?? now).getTime() - facts.receivedAt.getTime()) / DAY),
      },
      outcome,
      excludedTopics: [...new Set(waivers.inForce.flatMap((w) => w.excludedTopics))],
      waiverValidUntil: limits.includes(null)
        ? null
        : new Date(Math.max(...limits.map((d) => (d as Date).getTime()))),
    };
  }
  if (facts.firstInstanceBodyCode === HELSETILSYN) {
    return {
      ...none,
      level: 'CONFIRM_HANDLING',
      reason: adminReaction ? 'ADMINISTRATIVE_REACTION' : 'HELSETILSYN_DECISION',
      waiverIssue: waivers.issue,
      stage: stageOf(facts.status),
      outcome,
    };
  }
  return { ...none, level: 'NEITHER_CONFIRM_NOR_DENY', reason: 'NO_WAIVER', waiverIssue: waivers.issue };
}
