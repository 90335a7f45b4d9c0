import { createHash } from 'node:crypto';
import { err, ok, type Result } from '@klageportal/kit';

/*
 * "Notifications say only that something new is waiting; never the content." (DESIGN §1)
 *
 * A notice is built from four things only: the channel, the address, the language and the one
 * configured Min side link. None of the functions here takes a case, a document, a name or any
 * free text, so no caller can put a case fact into a notice, however it tries.
 */

export const CHANNELS = ['SMS', 'EMAIL'] as const;
export type Channel = (typeof CHANNELS)[number];

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

declare const minSideLinkBrand: unique symbol;
/** The Min side address as checked by `minSideLink`: the only variable part of every notice. */
export type MinSideLink = string & { readonly [minSideLinkBrand]: true };

export type LinkRefusal = 'INVALID_LINK';

/**
 * Checks the configured Min side address: http(s), no user info, no query and no fragment, and a
 * path of lower-case letters, hyphens and slashes only. So the link cannot carry a case number, a
 * fødselsnummer or a document id either (they all have digits or need a query).
 */
export function minSideLink(url: string): Result<MinSideLink, LinkRefusal> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return err('INVALID_LINK');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return err('INVALID_LINK');
  if (parsed.username || parsed.password || parsed.search || parsed.hash || url.includes('?')) {
    return err('INVALID_LINK');
  }
  if (!/^\/[a-z/-]*$/.test(parsed.pathname)) return err('INVALID_LINK');
  const text = parsed.pathname === '/' ? parsed.origin : `${parsed.origin}${parsed.pathname}`;
  return ok(text as MinSideLink);
}

const SENDER = {
  nb: 'Nasjonalt klageorgan for helsetjenesten',
  nn: 'Nasjonalt klageorgan for helsetenesta',
  en: 'National Office for Health Service Appeals',
} as const satisfies Record<Language, string>;

/** The SMS text: something new is waiting in Min side, and where to log in. Nothing else. */
export function noticeText(language: Language, link: MinSideLink): string {
  switch (language) {
    case 'nb':
      return `Du har fått noe nytt i Min side hos ${SENDER.nb}. Logg inn for å lese: ${link}`;
    case 'nn':
      return `Du har fått noko nytt i Mi side hos ${SENDER.nn}. Logg inn for å lese: ${link}`;
    case 'en':
      return `Something new is waiting for you in My page at the ${SENDER.en}. Log in to read it: ${link}`;
  }
}

export type NoticeEmail = { subject: string; text: string };

/** The e-mail's subject and plain-text body; like the SMS, only that something new is waiting. */
export function noticeEmail(language: Language, link: MinSideLink): NoticeEmail {
  switch (language) {
    case 'nb':
      return {
        subject: 'Du har fått noe nytt i Min side',
        text: [
          'Hei,',
          '',
          `Du har fått noe nytt i Min side hos ${SENDER.nb}.`,
          `Logg inn med ID-porten for å lese det: ${link}`,
          '',
          'Av hensyn til personvernet står det ikke hva det gjelder i denne e-posten.',
          'E-posten kan ikke besvares.',
          '',
          `Hilsen ${SENDER.nb}`,
        ].join('\n'),
      };
    case 'nn':
      return {
        subject: 'Du har fått noko nytt i Mi side',
        text: [
          'Hei,',
          '',
          `Du har fått noko nytt i Mi side hos ${SENDER.nn}.`,
          `Logg inn med ID-porten for å lese det: ${link}`,
          '',
          'Av omsyn til personvernet står det ikkje kva det gjeld i denne e-posten.',
          'E-posten kan ikkje svarast på.',
          '',
          `Helsing ${SENDER.nn}`,
        ].join('\n'),
      };
    case 'en':
      return {
        subject: 'Something new is waiting for you in My page',
        text: [
          'Hello,',
          '',
          `Something new is waiting for you in My page at the ${SENDER.en}.`,
          `Log in with ID-porten to read it: ${link}`,
          '',
          'To protect your privacy, this e-mail does not say what it is about.',
          'Please do not reply to this e-mail.',
          '',
          SENDER.en,
        ].join('\n'),
      };
  }
}

/** A notice ready to deliver: where to, in which language, and the Min side link. */
export type Notice = { channel: Channel; address: string; language: Language; link: MinSideLink };

/**
 * The idempotency key of a notification job: one notice per event, recipient and channel.
 * `recipientId` is an opaque id (a person or party id), never an address or a name.
 */
export function notificationJobKey(job: { eventId: string; recipientId: string; channel: Channel }): string {
  return `${job.eventId}:${job.recipientId}:${job.channel}`;
}

/**
 * A stable UUID for a job key (name-based, from SHA-256, version bits set as in RFC 9562's v8),
 * used as the queue's job id so that the same key can be queued only once.
 */
export function jobIdForKey(key: string): string {
  const bytes = createHash('sha256').update(`klageportal-notify:${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);
export const isChannel = (value: unknown): value is Channel => CHANNELS.includes(value as Channel);
