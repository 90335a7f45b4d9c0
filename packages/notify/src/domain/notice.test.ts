import { describe, expect, it } from 'vitest';
import {
  jobIdForKey,
  LANGUAGES,
  type MinSideLink,
  minSideLink,
  noticeEmail,
  noticeText,
  notificationJobKey,
} from './notice.js';

const link = (url: string): MinSideLink => {
  const checked = minSideLink(url);
  if (!checked.ok) throw new Error(`test link refused: ${url}`);
  return checked.value;
};
const A = link('https://klageportal.example.no/min-side');
const B = link('http://127.0.0.1:5173');

/** Every text a notice is made of, for one language and link. */
const allTexts = (language: (typeof LANGUAGES)[number], l: MinSideLink) => {
  const email = noticeEmail(language, l);
  return [noticeText(language, l), email.subject, email.text];
};

describe('Notifications say only that something new is waiting; never the content', () => {
  it.each(LANGUAGES)('%s: the SMS and e-mail say something new is waiting, with the link', (language) => {
    const sms = noticeText(language, A);
    const email = noticeEmail(language, A);
    expect(sms).toContain(A);
    expect(email.text).toContain(A);
    expect(email.subject).not.toContain(A);
    const waiting = { nb: /noe nytt i Min side/, nn: /noko nytt i Mi side/, en: /Something new .* My page/ };
    for (const text of [sms, email.subject, email.text]) expect(text).toMatch(waiting[language]);
  });

  it.each(LANGUAGES)('%s: only the link varies between notices', (language) => {
    const withA = allTexts(language, A).map((t) => t.replaceAll(A, '<LINK>'));
    const withB = allTexts(language, B).map((t) => t.replaceAll(B, '<LINK>'));
    expect(withA).toEqual(withB);
  });

  it.each(LANGUAGES)('%s: no digits outside the link (no case number, date, fødselsnummer)', (language) => {
    for (const text of allTexts(language, A)) expect(text.replaceAll(A, '')).not.toMatch(/\d/);
  });

  it('the text functions take a language and a link, and nothing else', () => {
    // A caller that has case facts at hand has no parameter to put them in: the functions take
    // exactly two arguments, the second must be a checked link, and extra ones do not compile.
    expect(noticeText.length).toBe(2);
    expect(noticeEmail.length).toBe(2);
    const caseFacts = {
      caseNumber: '24/01234',
      caseType: 'Pasientskadeerstatning',
      documentTitle: 'Vedtak om erstatning etter fødselsskade',
      name: 'Kari Testesen',
    };
    // @ts-expect-error a third argument is not accepted
    const sms = noticeText('nb', A, caseFacts);
    // @ts-expect-error a case fact is not a link
    noticeText('nb', caseFacts.caseNumber);
    // @ts-expect-error nor an object with case facts in place of the link
    noticeEmail('en', { link: A, ...caseFacts });
    const email = noticeEmail('nb', A);
    for (const text of [sms, email.subject, email.text]) {
      for (const fact of Object.values(caseFacts)) expect(text).not.toContain(fact);
    }
  });

  it('an SMS fits in one message with a typical link', () => {
    for (const language of LANGUAGES) expect(noticeText(language, A).length).toBeLessThanOrEqual(160);
  });
});

describe('minSideLink: the link cannot carry case facts either', () => {
  it.each([
    ['https://klageportal.example.no/min-side', 'https://klageportal.example.no/min-side'],
    ['https://klageportal.example.no/', 'https://klageportal.example.no'],
    ['http://127.0.0.1:5173', 'http://127.0.0.1:5173'],
  ])('accepts %s', (url, expected) => {
    expect(minSideLink(url)).toEqual({ ok: true, value: expected });
  });

  it.each([
    'https://klageportal.example.no/saker/24-01234',
    'https://klageportal.example.no/min-side?sak=24/01234',
    'https://klageportal.example.no/min-side?',
    'https://klageportal.example.no/min-side#vedtak',
    'https://kari:secret@klageportal.example.no/',
    'https://klageportal.example.no/Kari%20Testesen',
    'ftp://klageportal.example.no/',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(minSideLink(url)).toEqual({ ok: false, code: 'INVALID_LINK' });
  });
});

describe('notification job keys', () => {
  it('are event, recipient and channel', () => {
    expect(notificationJobKey({ eventId: 'ev-1', recipientId: 'p-7', channel: 'EMAIL' })).toBe(
      'ev-1:p-7:EMAIL',
    );
  });

  it('map to one stable UUID per key', () => {
    const id = jobIdForKey('ev-1:p-7:EMAIL');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(jobIdForKey('ev-1:p-7:EMAIL')).toBe(id);
    expect(jobIdForKey('ev-1:p-7:SMS')).not.toBe(id);
  });
});
