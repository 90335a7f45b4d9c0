import type { MessageKey } from '../i18n/messages';

/** Why the gateway refused a login (`/ingen-tilgang?grunn=<code>`). */
export const refusalCodes = [
  'D_NUMBER',
  'H_NUMBER',
  'NO_FODSELSNUMMER',
  'ORGANISATION',
  'HAS_GUARDIAN',
  'DECEASED',
  'LOW_ASSURANCE',
  'LOGIN_FAILED',
  'LOGIN_CANCELLED',
] as const;
export type RefusalCode = (typeof refusalCodes)[number];

export interface Refusal {
  code: RefusalCode;
  heading: MessageKey;
  text: MessageKey;
  /** Where to go instead: log in again, or contact the body (with an optional lead-in). */
  next: { kind: 'login' } | { kind: 'contact'; intro?: MessageKey };
}

const refusals: Readonly<Record<RefusalCode, Omit<Refusal, 'code'>>> = {
  D_NUMBER: { heading: 'deniedDNumberHeading', text: 'deniedDNumberText', next: { kind: 'contact' } },
  H_NUMBER: { heading: 'deniedHNumberHeading', text: 'deniedHNumberText', next: { kind: 'contact' } },
  NO_FODSELSNUMMER: {
    heading: 'deniedNoFodselsnummerHeading',
    text: 'deniedNoFodselsnummerText',
    next: { kind: 'contact' },
  },
  ORGANISATION: {
    heading: 'deniedOrganisationHeading',
    text: 'deniedOrganisationText',
    next: { kind: 'contact' },
  },
  HAS_GUARDIAN: {
    heading: 'deniedGuardianHeading',
    text: 'deniedGuardianText',
    next: { kind: 'contact', intro: 'deniedGuardianContact' },
  },
  DECEASED: {
    heading: 'deniedDeceasedHeading',
    text: 'deniedDeceasedText',
    next: { kind: 'contact', intro: 'deniedDeceasedContact' },
  },
  LOW_ASSURANCE: {
    heading: 'deniedLowAssuranceHeading',
    text: 'deniedLowAssuranceText',
    next: { kind: 'login' },
  },
  LOGIN_FAILED: { heading: 'deniedFailedHeading', text: 'deniedFailedText', next: { kind: 'login' } },
  LOGIN_CANCELLED: {
    heading: 'deniedCancelledHeading',
    text: 'deniedCancelledText',
    next: { kind: 'login' },
  },
};

function isRefusalCode(value: string): value is RefusalCode {
  return (refusalCodes as readonly string[]).includes(value);
}

/** The explanation for `?grunn=`; a missing or unknown code is treated as a failed login. */
export function refusalFor(search: string): Refusal {
  const raw = new URLSearchParams(search).get('grunn')?.trim().toUpperCase() ?? '';
  const code: RefusalCode = isRefusalCode(raw) ? raw : 'LOGIN_FAILED';
  return { code, ...refusals[code] };
}
