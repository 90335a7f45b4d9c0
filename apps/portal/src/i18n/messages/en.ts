import type { Messages } from './nb';

export const en: Messages = {
  documentTitle: 'My page – Complaints portal – National Office for Health Service Appeals',
  skipToMain: 'Skip to main content',
  siteName: 'National Office for Health Service Appeals',
  portalName: 'Complaints portal',
  languageLabel: 'Language',
  languageNameNb: 'Bokmål',
  languageNameNn: 'Nynorsk',
  languageNameEn: 'English',

  startHeading: 'My page',
  startIntro:
    'On My page you can follow your complaint case with us, read letters and documents in the case and send us more information.',

  loginHeading: 'Log in',
  viewerAnonymous: 'You are not logged in.',
  viewerAuthenticated: 'You are logged in.',
  loginHelp: 'Log in with ID-porten to see your case.',
  loginButton: 'Log in',
  loginAgain: 'Log in again',
  logoutButton: 'Log out',
  viewerLoggedInAs: 'Logged in as {name}',

  actingForBanner: 'You are using My page for {name}',
  actForLegend: 'Who do you want to use My page for?',
  actForSelf: 'Myself ({name})',
  actForOption: '{name} ({roles})',
  actForSubmit: 'Switch',
  actForDoneSelf: 'You are now using My page for yourself.',
  actForDoneOther: 'You are now using My page for {name}.',
  roleLawyer: 'lawyer',
  roleProxy: 'proxy',
  roleGuardian: 'guardian',
  roleSurvivingRelative: 'surviving relative',

  consentHeading: 'Consent',
  consentIntro: 'To use My page, you must consent to two things:',
  consentDigitalInfo:
    'We use My page to send you documents in your case, and you can send documents to us here. You then get them digitally instead of by post.',
  consentNotifyInfo:
    'We notify you by text message (SMS) and e-mail when something new arrives on My page. The notification never contains the content itself, only a message that you have received something new.',
  consentLegend: 'Tick the boxes to consent',
  consentRequiredHint: 'You must tick both boxes to use My page.',
  consentDigitalLabel: 'I consent to receiving and sending documents digitally on My page instead of by post',
  consentNotifyLabel: 'I consent to being notified by SMS and e-mail when something new arrives on My page',
  consentDigitalError: 'You must consent to receiving and sending documents digitally.',
  consentNotifyError: 'You must consent to notifications by SMS and e-mail.',
  consentErrorSummaryHeading: 'To continue, you must correct the following:',
  consentSubmit: 'I consent',
  consentDecline: 'If you do not want to consent, you can log out.',

  consentStatusHeading: 'Consent',
  consentStatusText:
    'You have consented to receiving and sending documents digitally on My page and to being notified by SMS and e-mail when something new arrives.',
  consentWithdrawButton: 'Withdraw consent',
  consentWithdrawHeading: 'Do you want to withdraw your consent?',
  consentWithdrawText:
    'Without consent, you cannot use My page. We will then send letters and documents in your case by post instead. You can consent again at any time by logging in to My page.',
  consentWithdrawConfirm: 'Yes, withdraw',
  consentWithdrawCancel: 'Cancel',
  dialogClose: 'Close',

  errorConsentRequired: 'You must consent before you can use My page.',
  errorNotAllowed: 'You do not have access to do this.',
  errorUnauthenticated: 'You are no longer logged in. Please log in again.',
  errorMutationFailed: 'Something went wrong and the change was not saved. Please try again shortly.',
  errorMalformedMobile:
    'This does not look like a phone number. Enter your mobile number with 8 digits, for example 912 34 567.',
  errorForeignMobile:
    'We can only send text messages to Norwegian mobile numbers. Enter a Norwegian mobile number.',
  errorNotMobile: 'This is not a mobile number. Norwegian mobile numbers start with 4 or 9.',
  errorMalformedEmail: 'This does not look like an e-mail address. Enter it like this: name@example.com.',
  errorSharedMailbox:
    'As a lawyer, you must use an e-mail address that goes directly to you, not a shared mailbox such as post@ or postmottak@. Notices about your clients’ cases must not go to a shared inbox.',

  contactInfoHeading: 'Contact information',
  contactInfoHeadingOwn: 'Your contact information',
  contactInfoIntro:
    'When something new arrives on My page, we send a notice to your mobile number and e-mail address. The notice never contains the content itself, only a message that you have received something new.',
  contactInfoActingFor: 'You are using My page for {name}, but this is your own contact information.',
  contactInfoMobile: 'Mobile number',
  contactInfoEmail: 'E-mail address',
  contactInfoNotRegistered: 'Not registered',
  contactInfoSaveMobile: 'Save mobile number',
  contactInfoSaveEmail: 'Save e-mail address',
  contactInfoSaved: 'Saved',

  statisticsHeading: 'Cases in {year}',
  statisticsIntro: 'The figures show how many cases we received and decided in {year}, by case type.',
  statisticsCaption: 'Cases received and decided by case type in {year}',
  statisticsCaseType: 'Case type',
  statisticsReceived: 'Received',
  statisticsDecided: 'Decided',
  statisticsTotal: 'Total',
  statisticsEmpty: 'No cases have been registered yet.',
  statisticsUnavailable: 'The statistics are not available right now.',

  pressHeading: 'For the press',
  pressHours: 'We answer press enquiries on weekdays from {from} to {to}.',
  pressHoursExceptHolidays:
    'We answer press enquiries on weekdays from {from} to {to}, except public holidays.',

  loading: 'Loading content …',
  errorHeading: 'Something went wrong',
  errorMessage: 'We could not load the content. Please try again shortly.',
  retry: 'Try again',

  accessibilityStatement: 'Accessibility statement',

  notFoundHeading: 'Page not found',
  notFoundText:
    'The page you are looking for does not exist. The link may be wrong, or the page may have moved.',
  backToStart: 'Go to the front page',

  deniedDNumberHeading: 'You cannot use My page with a D number',
  deniedDNumberText:
    'My page requires a Norwegian national identity number (fødselsnummer), so you cannot log in with a D number. Instead, you can send documents to us by post or e-mail, or call our switchboard.',
  deniedHNumberHeading: 'You cannot use My page with an H number',
  deniedHNumberText:
    'My page requires a Norwegian national identity number (fødselsnummer), so you cannot log in with an auxiliary number (H number). Instead, you can send documents to us by post or e-mail, or call our switchboard.',
  deniedNoFodselsnummerHeading: 'My page requires a Norwegian national identity number',
  deniedNoFodselsnummerText:
    'We did not receive a Norwegian national identity number (fødselsnummer) for you when you logged in, and without one you cannot use My page. Instead, you can send documents to us by post or e-mail, or call our switchboard.',
  deniedOrganisationHeading: 'Businesses cannot use My page',
  deniedOrganisationText:
    'My page is for individuals with a Norwegian national identity number. Businesses and organisations must send documents to us by post or e-mail, or call our switchboard.',
  deniedGuardianHeading: 'You have a guardian and cannot use My page yourself',
  deniedGuardianText:
    'Because you have a guardian, you cannot log in to My page yourself. Your guardian can log in to ID-porten as themselves and use My page on your behalf.',
  deniedGuardianContact: 'If you have any questions, you can contact us.',
  deniedDeceasedHeading: 'We cannot give access to My page',
  deniedDeceasedText:
    'The National Population Register (Folkeregisteret) states that the person you logged in as has died. We therefore cannot give access to My page. If this is wrong, you must contact the Norwegian Tax Administration (Skatteetaten), which is responsible for the register.',
  deniedDeceasedContact: 'If you are a surviving relative and want to follow a case, you can contact us.',
  deniedLowAssuranceHeading: 'You must log in another way',
  deniedLowAssuranceText:
    'The login method you used does not give a high enough security level for My page. Log in again with MinID, BankID, Buypass or Commfides.',
  deniedCancelledHeading: 'You cancelled the login',
  deniedCancelledText: 'You are not logged in because you cancelled the login. You can try again.',
  deniedFailedHeading: 'Login failed',
  deniedFailedText: 'Something went wrong when you tried to log in. Please try logging in again.',

  contactHeading: 'Contact us',
  contactPostLabel: 'Post',
  contactPostName: 'Nasjonalt klageorgan for helsetjenesten',
  contactPostBox: 'Postboks 2853 Kjørbekk',
  contactPostCity: '3702 Skien',
  contactEmailLabel: 'E-mail',
  contactPhoneLabel: 'Phone',
  contactPhoneText: 'Call our switchboard. You will find the phone number at {site}.',
};
