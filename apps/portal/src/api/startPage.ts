import type { GraphQLLanguage } from '../i18n/languages';

export const START_PAGE_QUERY = `query StartPage($language: Language!) {
  viewer { authenticated }
  pressService { answersFrom answersTo timeZone excludesPublicHolidays }
  statistics { year received decided byCaseType { caseType { code name(language: $language) } received decided } }
}`;

export interface StartPageVariables extends Record<string, unknown> {
  language: GraphQLLanguage;
}

export interface CaseTypeStatistics {
  caseType: { code: string; name: string };
  received: number;
  decided: number;
}

export interface StartPageData {
  viewer: { authenticated: boolean } | null;
  pressService: {
    answersFrom: string;
    answersTo: string;
    timeZone: string;
    excludesPublicHolidays: boolean;
  } | null;
  statistics: {
    year: number;
    received: number;
    decided: number;
    byCaseType: CaseTypeStatistics[];
  } | null;
}
