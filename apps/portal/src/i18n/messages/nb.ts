// Bokmål is the source language: every other language must have exactly these keys.
// Placeholders in braces, e.g. {year}, are filled in by `format()` in ../format.ts.
export const nb = {
  documentTitle: 'Min side – Klageportal – Nasjonalt klageorgan for helsetjenesten',
  skipToMain: 'Hopp til hovedinnholdet',
  siteName: 'Nasjonalt klageorgan for helsetjenesten',
  portalName: 'Klageportal',
  languageLabel: 'Språk',
  languageNameNb: 'Bokmål',
  languageNameNn: 'Nynorsk',
  languageNameEn: 'English',

  startHeading: 'Min side',
  startIntro:
    'På Min side kan du følge klagesaken din hos oss, lese brev og dokumenter i saken og sende oss flere opplysninger.',

  loginHeading: 'Innlogging',
  viewerAnonymous: 'Du er ikke logget inn.',
  viewerAuthenticated: 'Du er logget inn.',
  loginComingSoon: 'Innlogging med ID-porten kommer snart. Da kan du se saken din her.',
  loginButton: 'Logg inn',

  statisticsHeading: 'Saker i {year}',
  statisticsIntro: 'Tallene viser hvor mange saker vi har mottatt og avgjort i {year}, fordelt på sakstype.',
  statisticsCaption: 'Mottatte og avgjorte saker per sakstype i {year}',
  statisticsCaseType: 'Sakstype',
  statisticsReceived: 'Mottatt',
  statisticsDecided: 'Avgjort',
  statisticsTotal: 'Totalt',
  statisticsEmpty: 'Ingen saker er registrert ennå.',
  statisticsUnavailable: 'Statistikken er ikke tilgjengelig akkurat nå.',

  pressHeading: 'For presse',
  pressHours: 'Vi svarer på pressehenvendelser hverdager kl. {from}–{to}.',
  pressHoursExceptHolidays: 'Vi svarer på pressehenvendelser hverdager kl. {from}–{to}, unntatt helligdager.',

  loading: 'Henter innhold …',
  errorHeading: 'Noe gikk galt',
  errorMessage: 'Vi klarte ikke å hente innholdet. Prøv igjen om litt.',
  retry: 'Prøv igjen',

  accessibilityStatement: 'Tilgjengelighetserklæring',
} as const;

export type MessageKey = keyof typeof nb;
/** The shape every language file must have: the same keys as bokmål, each a string. */
export type Messages = { readonly [K in MessageKey]: string };
