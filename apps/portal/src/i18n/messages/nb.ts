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
  loginHelp: 'Logg inn med ID-porten for å se saken din.',
  loginButton: 'Logg inn',
  loginAgain: 'Logg inn på nytt',
  logoutButton: 'Logg ut',
  viewerLoggedInAs: 'Logget inn som {name}',

  actingForBanner: 'Du bruker Min side for {name}',
  actForLegend: 'Hvem vil du bruke Min side for?',
  actForSelf: 'Meg selv ({name})',
  actForOption: '{name} ({roles})',
  actForSubmit: 'Bytt',
  actForDoneSelf: 'Du bruker nå Min side for deg selv.',
  actForDoneOther: 'Du bruker nå Min side for {name}.',
  roleLawyer: 'advokat',
  roleProxy: 'fullmektig',
  roleGuardian: 'verge',
  roleSurvivingRelative: 'etterlatt',

  consentHeading: 'Samtykke',
  consentIntro: 'For å bruke Min side må du samtykke til to ting:',
  consentDigitalInfo:
    'Vi bruker Min side til å sende deg dokumenter i saken din, og du kan sende dokumenter til oss her. Du får dem da digitalt i stedet for i posten.',
  consentNotifyInfo:
    'Vi varsler deg på SMS og e-post når det kommer noe nytt på Min side. Varselet inneholder aldri selve innholdet, bare beskjed om at du har fått noe nytt.',
  consentLegend: 'Kryss av for at du samtykker',
  consentRequiredHint: 'Du må krysse av for begge for å bruke Min side.',
  consentDigitalLabel:
    'Jeg samtykker til å motta og sende dokumenter digitalt på Min side i stedet for i posten',
  consentNotifyLabel: 'Jeg samtykker til å få varsel på SMS og e-post når det kommer noe nytt på Min side',
  consentDigitalError: 'Du må samtykke til å motta og sende dokumenter digitalt.',
  consentNotifyError: 'Du må samtykke til å få varsel på SMS og e-post.',
  consentErrorSummaryHeading: 'For å gå videre må du rette opp dette:',
  consentSubmit: 'Jeg samtykker',
  consentDecline: 'Vil du ikke samtykke, kan du logge ut.',

  consentStatusHeading: 'Samtykke',
  consentStatusText:
    'Du har samtykket til å motta og sende dokumenter digitalt på Min side og til å få varsel på SMS og e-post når det kommer noe nytt.',
  consentWithdrawButton: 'Trekk tilbake samtykke',
  consentWithdrawHeading: 'Vil du trekke tilbake samtykket?',
  consentWithdrawText:
    'Uten samtykke kan du ikke bruke Min side. Da sender vi brev og dokumenter i saken din i posten i stedet. Du kan samtykke igjen når som helst ved å logge inn på Min side.',
  consentWithdrawConfirm: 'Ja, trekk tilbake',
  consentWithdrawCancel: 'Avbryt',
  dialogClose: 'Lukk',

  errorConsentRequired: 'Du må samtykke før du kan bruke Min side.',
  errorNotAllowed: 'Du har ikke tilgang til å gjøre dette.',
  errorUnauthenticated: 'Du er ikke logget inn lenger. Logg inn på nytt.',
  errorMutationFailed: 'Noe gikk galt, og endringen ble ikke lagret. Prøv igjen om litt.',
  errorMalformedMobile:
    'Dette ser ikke ut som et telefonnummer. Skriv mobilnummeret med 8 siffer, for eksempel 912 34 567.',
  errorForeignMobile: 'Vi kan bare sende SMS til norske mobilnumre. Skriv et norsk mobilnummer.',
  errorNotMobile: 'Dette er ikke et mobilnummer. Norske mobilnumre begynner på 4 eller 9.',
  errorMalformedEmail: 'Dette ser ikke ut som en e-postadresse. Skriv den slik: navn@eksempel.no.',
  errorSharedMailbox:
    'Som advokat må du bruke en e-postadresse som går direkte til deg, ikke en felles postkasse som post@ eller postmottak@. Varsler om sakene til klientene dine skal ikke gå til en felles innboks.',

  contactInfoHeading: 'Kontaktinformasjon',
  contactInfoHeadingOwn: 'Din kontaktinformasjon',
  contactInfoIntro:
    'Når det kommer noe nytt på Min side, sender vi et varsel til mobilnummeret og e-postadressen din. Varselet inneholder aldri selve innholdet, bare beskjed om at du har fått noe nytt.',
  contactInfoActingFor: 'Du bruker Min side for {name}, men dette er din egen kontaktinformasjon.',
  contactInfoMobile: 'Mobilnummer',
  contactInfoEmail: 'E-postadresse',
  contactInfoNotRegistered: 'Ikke registrert',
  contactInfoSaveMobile: 'Lagre mobilnummer',
  contactInfoSaveEmail: 'Lagre e-postadresse',
  contactInfoSaved: 'Lagret',

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

  notFoundHeading: 'Fant ikke siden',
  notFoundText: 'Siden du leter etter, finnes ikke. Kanskje lenken er feil, eller siden er flyttet.',
  backToStart: 'Gå til forsiden',

  deniedDNumberHeading: 'Du kan ikke bruke Min side med D-nummer',
  deniedDNumberText:
    'Min side krever norsk fødselsnummer, så du kan ikke logge inn med D-nummer. Du kan i stedet sende dokumenter til oss i posten eller på e-post, eller ringe sentralbordet vårt.',
  deniedHNumberHeading: 'Du kan ikke bruke Min side med hjelpenummer',
  deniedHNumberText:
    'Min side krever norsk fødselsnummer, så du kan ikke logge inn med hjelpenummer (H-nummer). Du kan i stedet sende dokumenter til oss i posten eller på e-post, eller ringe sentralbordet vårt.',
  deniedNoFodselsnummerHeading: 'Min side krever norsk fødselsnummer',
  deniedNoFodselsnummerText:
    'Vi fikk ikke noe norsk fødselsnummer for deg da du logget inn, og uten det kan du ikke bruke Min side. Du kan i stedet sende dokumenter til oss i posten eller på e-post, eller ringe sentralbordet vårt.',
  deniedOrganisationHeading: 'Virksomheter kan ikke bruke Min side',
  deniedOrganisationText:
    'Min side er for privatpersoner med norsk fødselsnummer. Virksomheter og organisasjoner må sende dokumenter til oss i posten eller på e-post, eller ringe sentralbordet vårt.',
  deniedGuardianHeading: 'Du har verge og kan ikke bruke Min side selv',
  deniedGuardianText:
    'Fordi du har verge, kan du ikke logge inn på Min side selv. Vergen din kan logge inn i ID-porten som seg selv og bruke Min side for deg.',
  deniedGuardianContact: 'Har du spørsmål, kan du kontakte oss.',
  deniedDeceasedHeading: 'Vi kan ikke gi tilgang til Min side',
  deniedDeceasedText:
    'Folkeregisteret oppgir at personen du logget inn som, er død. Derfor kan vi ikke gi tilgang til Min side. Hvis dette er feil, må du kontakte Skatteetaten, som har ansvaret for Folkeregisteret.',
  deniedDeceasedContact: 'Er du etterlatt og vil følge en sak, kan du kontakte oss.',
  deniedLowAssuranceHeading: 'Du må logge inn på en annen måte',
  deniedLowAssuranceText:
    'Innloggingsmetoden du brukte, gir ikke høyt nok sikkerhetsnivå for Min side. Logg inn på nytt med MinID, BankID, Buypass eller Commfides.',
  deniedCancelledHeading: 'Du avbrøt innloggingen',
  deniedCancelledText: 'Du er ikke logget inn fordi du avbrøt innloggingen. Du kan prøve igjen.',
  deniedFailedHeading: 'Innloggingen mislyktes',
  deniedFailedText: 'Noe gikk galt da du skulle logge inn. Prøv å logge inn på nytt.',

  contactHeading: 'Kontakt oss',
  contactPostLabel: 'Post',
  contactPostName: 'Nasjonalt klageorgan for helsetjenesten',
  contactPostBox: 'Postboks 2853 Kjørbekk',
  contactPostCity: '3702 Skien',
  contactEmailLabel: 'E-post',
  contactPhoneLabel: 'Telefon',
  contactPhoneText: 'Ring sentralbordet vårt. Du finner telefonnummeret på {site}.',
} as const;

export type MessageKey = keyof typeof nb;
/** The shape every language file must have: the same keys as bokmål, each a string. */
export type Messages = { readonly [K in MessageKey]: string };
