import type { Messages } from './nb';

export const nn: Messages = {
  documentTitle: 'Mi side – Klageportal – Nasjonalt klageorgan for helsetenesta',
  skipToMain: 'Hopp til hovudinnhaldet',
  siteName: 'Nasjonalt klageorgan for helsetenesta',
  portalName: 'Klageportal',
  languageLabel: 'Språk',
  languageNameNb: 'Bokmål',
  languageNameNn: 'Nynorsk',
  languageNameEn: 'English',

  startHeading: 'Mi side',
  startIntro:
    'På Mi side kan du følgje klagesaka di hos oss, lese brev og dokument i saka og sende oss fleire opplysningar.',

  loginHeading: 'Innlogging',
  viewerAnonymous: 'Du er ikkje logga inn.',
  viewerAuthenticated: 'Du er logga inn.',
  loginComingSoon: 'Innlogging med ID-porten kjem snart. Då kan du sjå saka di her.',
  loginButton: 'Logg inn',

  statisticsHeading: 'Saker i {year}',
  statisticsIntro: 'Tala viser kor mange saker vi har motteke og avgjort i {year}, fordelt på sakstype.',
  statisticsCaption: 'Mottekne og avgjorde saker per sakstype i {year}',
  statisticsCaseType: 'Sakstype',
  statisticsReceived: 'Motteke',
  statisticsDecided: 'Avgjort',
  statisticsTotal: 'Totalt',
  statisticsEmpty: 'Ingen saker er registrerte enno.',
  statisticsUnavailable: 'Statistikken er ikkje tilgjengeleg akkurat no.',

  pressHeading: 'For presse',
  pressHours: 'Vi svarar på pressehenvendingar kvardagar kl. {from}–{to}.',
  pressHoursExceptHolidays:
    'Vi svarar på pressehenvendingar kvardagar kl. {from}–{to}, unnateke heilagdagar.',

  loading: 'Hentar innhald …',
  errorHeading: 'Noko gjekk gale',
  errorMessage: 'Vi klarte ikkje å hente innhaldet. Prøv igjen om litt.',
  retry: 'Prøv igjen',

  accessibilityStatement: 'Tilgjengelegheitserklæring',
};
