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
  loginHelp: 'Logg inn med ID-porten for å sjå saka di.',
  loginButton: 'Logg inn',
  loginAgain: 'Logg inn på nytt',
  logoutButton: 'Logg ut',
  viewerLoggedInAs: 'Logga inn som {name}',

  actingForBanner: 'Du brukar Mi side for {name}',
  actForLegend: 'Kven vil du bruke Mi side for?',
  actForSelf: 'Meg sjølv ({name})',
  actForOption: '{name} ({roles})',
  actForSubmit: 'Byt',
  actForDoneSelf: 'Du brukar no Mi side for deg sjølv.',
  actForDoneOther: 'Du brukar no Mi side for {name}.',
  roleLawyer: 'advokat',
  roleProxy: 'fullmektig',
  roleGuardian: 'verje',
  roleSurvivingRelative: 'etterlaten',

  consentHeading: 'Samtykke',
  consentIntro: 'For å bruke Mi side må du samtykkje til to ting:',
  consentDigitalInfo:
    'Vi brukar Mi side til å sende deg dokument i saka di, og du kan sende dokument til oss her. Du får dei då digitalt i staden for i posten.',
  consentNotifyInfo:
    'Vi varslar deg på SMS og e-post når det kjem noko nytt på Mi side. Varselet inneheld aldri sjølve innhaldet, berre beskjed om at du har fått noko nytt.',
  consentLegend: 'Kryss av for at du samtykkjer',
  consentRequiredHint: 'Du må krysse av for begge for å bruke Mi side.',
  consentDigitalLabel:
    'Eg samtykkjer til å ta imot og sende dokument digitalt på Mi side i staden for i posten',
  consentNotifyLabel: 'Eg samtykkjer til å få varsel på SMS og e-post når det kjem noko nytt på Mi side',
  consentDigitalError: 'Du må samtykkje til å ta imot og sende dokument digitalt.',
  consentNotifyError: 'Du må samtykkje til å få varsel på SMS og e-post.',
  consentErrorSummaryHeading: 'For å gå vidare må du rette opp dette:',
  consentSubmit: 'Eg samtykkjer',
  consentDecline: 'Vil du ikkje samtykkje, kan du logge ut.',

  consentStatusHeading: 'Samtykke',
  consentStatusText:
    'Du har samtykt til å ta imot og sende dokument digitalt på Mi side og til å få varsel på SMS og e-post når det kjem noko nytt.',
  consentWithdrawButton: 'Trekk tilbake samtykket',
  consentWithdrawHeading: 'Vil du trekkje tilbake samtykket?',
  consentWithdrawText:
    'Utan samtykke kan du ikkje bruke Mi side. Då sender vi brev og dokument i saka di i posten i staden. Du kan samtykkje igjen kva tid som helst ved å logge inn på Mi side.',
  consentWithdrawConfirm: 'Ja, trekk tilbake',
  consentWithdrawCancel: 'Avbryt',
  dialogClose: 'Lukk',

  errorConsentRequired: 'Du må samtykkje før du kan bruke Mi side.',
  errorNotAllowed: 'Du har ikkje tilgang til å gjere dette.',
  errorUnauthenticated: 'Du er ikkje logga inn lenger. Logg inn på nytt.',
  errorMutationFailed: 'Noko gjekk gale, og endringa vart ikkje lagra. Prøv igjen om litt.',
  errorMalformedMobile:
    'Dette ser ikkje ut som eit telefonnummer. Skriv mobilnummeret med 8 siffer, til dømes 912 34 567.',
  errorForeignMobile: 'Vi kan berre sende SMS til norske mobilnummer. Skriv eit norsk mobilnummer.',
  errorNotMobile: 'Dette er ikkje eit mobilnummer. Norske mobilnummer byrjar på 4 eller 9.',
  errorMalformedEmail: 'Dette ser ikkje ut som ei e-postadresse. Skriv ho slik: namn@eksempel.no.',
  errorSharedMailbox:
    'Som advokat må du bruke ei e-postadresse som går direkte til deg, ikkje ein felles postkasse som post@ eller postmottak@. Varsel om sakene til klientane dine skal ikkje gå til ein felles innboks.',

  contactInfoHeading: 'Kontaktinformasjon',
  contactInfoHeadingOwn: 'Kontaktinformasjonen din',
  contactInfoIntro:
    'Når det kjem noko nytt på Mi side, sender vi eit varsel til mobilnummeret og e-postadressa di. Varselet inneheld aldri sjølve innhaldet, berre beskjed om at du har fått noko nytt.',
  contactInfoActingFor: 'Du brukar Mi side for {name}, men dette er din eigen kontaktinformasjon.',
  contactInfoMobile: 'Mobilnummer',
  contactInfoEmail: 'E-postadresse',
  contactInfoNotRegistered: 'Ikkje registrert',
  contactInfoSaveMobile: 'Lagre mobilnummer',
  contactInfoSaveEmail: 'Lagre e-postadresse',
  contactInfoSaved: 'Lagra',

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

  notFoundHeading: 'Fann ikkje sida',
  notFoundText: 'Sida du leitar etter, finst ikkje. Kanskje lenkja er feil, eller sida er flytta.',
  backToStart: 'Gå til framsida',

  deniedDNumberHeading: 'Du kan ikkje bruke Mi side med D-nummer',
  deniedDNumberText:
    'Mi side krev norsk fødselsnummer, så du kan ikkje logge inn med D-nummer. Du kan i staden sende dokument til oss i posten eller på e-post, eller ringje sentralbordet vårt.',
  deniedHNumberHeading: 'Du kan ikkje bruke Mi side med hjelpenummer',
  deniedHNumberText:
    'Mi side krev norsk fødselsnummer, så du kan ikkje logge inn med hjelpenummer (H-nummer). Du kan i staden sende dokument til oss i posten eller på e-post, eller ringje sentralbordet vårt.',
  deniedNoFodselsnummerHeading: 'Mi side krev norsk fødselsnummer',
  deniedNoFodselsnummerText:
    'Vi fekk ikkje noko norsk fødselsnummer for deg då du logga inn, og utan det kan du ikkje bruke Mi side. Du kan i staden sende dokument til oss i posten eller på e-post, eller ringje sentralbordet vårt.',
  deniedOrganisationHeading: 'Verksemder kan ikkje bruke Mi side',
  deniedOrganisationText:
    'Mi side er for privatpersonar med norsk fødselsnummer. Verksemder og organisasjonar må sende dokument til oss i posten eller på e-post, eller ringje sentralbordet vårt.',
  deniedGuardianHeading: 'Du har verje og kan ikkje bruke Mi side sjølv',
  deniedGuardianText:
    'Fordi du har verje, kan du ikkje logge inn på Mi side sjølv. Den som er verje for deg, kan logge inn i ID-porten som seg sjølv og bruke Mi side for deg.',
  deniedGuardianContact: 'Har du spørsmål, kan du kontakte oss.',
  deniedDeceasedHeading: 'Vi kan ikkje gje tilgang til Mi side',
  deniedDeceasedText:
    'Folkeregisteret oppgir at personen du logga inn som, er død. Difor kan vi ikkje gje tilgang til Mi side. Viss dette er feil, må du kontakte Skatteetaten, som har ansvaret for Folkeregisteret.',
  deniedDeceasedContact: 'Er du etterlaten og vil følgje ei sak, kan du kontakte oss.',
  deniedLowAssuranceHeading: 'Du må logge inn på ein annan måte',
  deniedLowAssuranceText:
    'Innloggingsmetoden du brukte, gir ikkje høgt nok tryggleiksnivå for Mi side. Logg inn på nytt med MinID, BankID, Buypass eller Commfides.',
  deniedCancelledHeading: 'Du avbraut innlogginga',
  deniedCancelledText: 'Du er ikkje logga inn fordi du avbraut innlogginga. Du kan prøve igjen.',
  deniedFailedHeading: 'Innlogginga mislukkast',
  deniedFailedText: 'Noko gjekk gale då du skulle logge inn. Prøv å logge inn på nytt.',

  contactHeading: 'Kontakt oss',
  contactPostLabel: 'Post',
  contactPostName: 'Nasjonalt klageorgan for helsetenesta',
  contactPostBox: 'Postboks 2853 Kjørbekk',
  contactPostCity: '3702 Skien',
  contactEmailLabel: 'E-post',
  contactPhoneLabel: 'Telefon',
  contactPhoneText: 'Ring sentralbordet vårt. Du finn telefonnummeret på {site}.',
};
