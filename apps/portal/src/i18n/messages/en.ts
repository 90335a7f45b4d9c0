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
  loginComingSoon: 'Logging in with ID-porten is coming soon. You will then be able to see your case here.',
  loginButton: 'Log in',

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
};
