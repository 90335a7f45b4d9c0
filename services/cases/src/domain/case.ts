/** Where a complaint case stands. */
export const CASE_STATUSES = [
  'RECEIVED',
  'UNDER_PREPARATION',
  'SENT_TO_BOARD',
  'DECIDED',
  'REOPENED',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * How a decision ends the complaint, in the body's own terms (helseklage.md §4 step 6):
 * - `UPHELD`: the first-instance decision is *stadfestet/opprettholdt*, so the complaint fails;
 * - `REVERSED_IN_FULL` / `REVERSED_IN_PART`: *omgjort* fully or partly ("helt eller delvis medhold");
 * - `QUASHED`: *opphevet*, sent back to the first instance for a new decision (forvaltningsloven;
 *   the reference marks it inferred);
 * - `DISMISSED`: the complaint is *avvist* on formal grounds, not tried on its merits.
 */
export const OUTCOMES = ['UPHELD', 'REVERSED_IN_FULL', 'REVERSED_IN_PART', 'QUASHED', 'DISMISSED'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Where the case stands in the ordinary courts (seeds/000 "Pressehenvendelser om rettssaker"):
 * `PENDING_IN_COURT` covers a case that is going to court or being heard there,
 * `JUDGMENT_NOT_FINAL` a judgment that is not yet *rettskraftig*, `FINAL_JUDGMENT` one that is.
 */
export const COURT_STATUSES = ['NONE', 'PENDING_IN_COURT', 'JUDGMENT_NOT_FINAL', 'FINAL_JUDGMENT'] as const;
export type CourtStatus = (typeof COURT_STATUSES)[number];

/** One step on the case's status timeline: the status it entered, and when that was registered. */
export type StatusEvent = { status: CaseStatus; at: Date };

/** The decision in force on a case: both facts or neither. */
export type CaseDecision = { outcome: Outcome; decidedAt: Date };

export type Language = 'NB' | 'NN' | 'EN';

/** Names of reference data as the body publishes them: bokmål always, English mostly. */
export type LocalisedNames = { nb: string; en: string | null };

export type CaseType = {
  code: string;
  names: LocalisedNames;
  firstInstanceBodyCode: string;
  /** The board or unit that decides this type of complaint. */
  board: string;
  validTo: string | null;
};

export type FirstInstanceBody = { code: string; names: LocalisedNames };

export type Case = {
  id: string;
  caseNumber: string;
  caseTypeCode: string;
  firstInstanceBodyCode: string;
  receivedAt: Date;
  status: CaseStatus;
};

/**
 * A case with everything its rules need (DESIGN §3): the board or unit that decides it (a board
 * code from case-types.json `board_or_unit`, or `HELSEKLAGE` when the body decides itself), the
 * decision in force (kept when the case is reopened, until a new decision replaces it), court
 * status, and the status timeline in the order it happened.
 */
export type CaseDetails = Case & {
  board: string;
  decision: CaseDecision | null;
  courtStatus: CourtStatus;
  timeline: readonly StatusEvent[];
};

/**
 * The name to show in a language. The body publishes reference names in bokmål and English
 * only, so nynorsk readers get the bokmål name, and English falls back to bokmål when missing.
 */
export function localisedName(names: LocalisedNames, language: Language): string {
  if (language === 'EN') return names.en ?? names.nb;
  return names.nb;
}

/** A case number as the body writes it: two-digit year, slash, five digits (`26/00101`). */
export const CASE_NUMBER = /^\d{2}\/\d{5}$/;

/**
 * The next case number of a year, after the highest one so far (null: the year's first).
 * Null when the year's numbers are used up (99999).
 */
export function nextCaseNumber(last: string | null, year: number): string | null {
  const yy = String(year % 100).padStart(2, '0');
  const n = last?.startsWith(`${yy}/`) ? Number(last.slice(3)) + 1 : 1;
  return n > 99_999 ? null : `${yy}/${String(n).padStart(5, '0')}`;
}
