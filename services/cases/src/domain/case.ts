/** Where a complaint case stands. */
export const CASE_STATUSES = [
  'RECEIVED',
  'UNDER_PREPARATION',
  'SENT_TO_BOARD',
  'DECIDED',
  'REOPENED',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

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
 * The name to show in a language. The body publishes reference names in bokmål and English
 * only, so nynorsk readers get the bokmål name, and English falls back to bokmål when missing.
 */
export function localisedName(names: LocalisedNames, language: Language): string {
  if (language === 'EN') return names.en ?? names.nb;
  return names.nb;
}
