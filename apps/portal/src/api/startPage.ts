import type { GraphQLLanguage } from '../i18n/languages';

export const START_PAGE_QUERY = `query StartPage($language: Language!) {
  viewer {
    authenticated
    kind
    consentRequired
    person { id displayName contactPoints { kind value verified } }
    actingFor { id displayName }
    representations { person { id displayName } roles }
  }
  pressService { answersFrom answersTo timeZone excludesPublicHolidays }
  statistics { year threshold received decided byCaseType { caseType { code name(language: $language) } received decided } }
}`;

export interface StartPageVariables extends Record<string, unknown> {
  language: GraphQLLanguage;
}

export interface CaseTypeStatistics {
  caseType: { code: string; name: string };
  /** Null when suppressed (a small figure, or one that would reveal it). */
  received: number | null;
  decided: number | null;
}

export type ViewerKind = 'ANONYMOUS' | 'CITIZEN' | 'STAFF' | 'PARTNER';

/** Why someone may act for another person. Unknown values from a newer gateway are ignored by the UI. */
export type RepresentationRole = 'LAWYER' | 'PROXY' | 'GUARDIAN' | 'SURVIVING_RELATIVE';

export interface PersonRef {
  id: string;
  displayName: string;
}

export type ContactPointKind = 'SMS' | 'EMAIL';

/** Where we send notices (never the content) when something new arrives on Min side. */
export interface ContactPoint {
  kind: ContactPointKind;
  /** `+47XXXXXXXX` for SMS, the address for EMAIL (both as normalised by the gateway). */
  value: string;
  verified: boolean;
}

/** The logged-in person. */
export interface Person extends PersonRef {
  /** The person's own mobile and e-mail; null for anyone but the person. */
  contactPoints: ContactPoint[] | null;
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
  person: Person | null;
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
    /** No published figure is below this. */
    threshold: number;
    /** Null when suppressed. */
    received: number | null;
    decided: number | null;
    byCaseType: CaseTypeStatistics[];
  } | null;
}

/** The person the viewer is acting for, or null when acting as themselves. */
export function actingForOther(viewer: {
  actingFor: PersonRef | null;
  person: PersonRef | null;
}): PersonRef | null {
  const other = viewer.actingFor;
  if (!other || other.id === viewer.person?.id) return null;
  return other;
}
