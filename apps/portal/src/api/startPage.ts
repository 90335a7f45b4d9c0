import type { GraphQLLanguage } from '../i18n/languages';

export const START_PAGE_QUERY = `query StartPage($language: Language!) {
  viewer {
    authenticated
    kind
    consentRequired
    person { id displayName }
    actingFor { id displayName }
    representations { person { id displayName } roles }
  }
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

export type ViewerKind = 'ANONYMOUS' | 'CITIZEN' | 'STAFF' | 'PARTNER';

/** Why someone may act for another person. Unknown values from a newer gateway are ignored by the UI. */
export type RepresentationRole = 'LAWYER' | 'PROXY' | 'GUARDIAN' | 'SURVIVING_RELATIVE';

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface Representation {
  person: PersonRef;
  roles: string[];
}

export interface Viewer {
  authenticated: boolean;
  kind: ViewerKind;
  /** A citizen who must consent before seeing any case data. */
  consentRequired: boolean;
  person: PersonRef | null;
  /** Whom the citizen uses Min side for right now; null (or the citizen) means themselves. */
  actingFor: PersonRef | null;
  representations: Representation[];
}

export interface StartPageData {
  viewer: Viewer | null;
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

/** The person the viewer is acting for, or null when acting as themselves. */
export function actingForOther(viewer: Viewer): PersonRef | null {
  const other = viewer.actingFor;
  if (!other || other.id === viewer.person?.id) return null;
  return other;
}
