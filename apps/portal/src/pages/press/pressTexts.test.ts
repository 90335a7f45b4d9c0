import { describe, expect, it } from 'vitest';
import {
  caseStages,
  type DisclosureLevel,
  type DisclosureReason,
  disclosureLevels,
  disclosureReasons,
  inquiryChannels,
  inquiryStatuses,
  neitherConfirmNorDeny,
  type PressDisclosure,
  PUBLIC_REGISTER,
  waiverIssues,
} from '../../api/press';
import type { Language } from '../../i18n/languages';
import { type Messages, messages } from '../../i18n/messages';
import { en } from '../../i18n/messages/en';
import { nb } from '../../i18n/messages/nb';
import { nn } from '../../i18n/messages/nn';
import {
  channelKeys,
  checkAnswer,
  checkInquiry,
  checkLookup,
  describeDisclosure,
  headlineKey,
  inquiryErrorField,
  inquiryErrorKey,
  inquiryStatusKeys,
  looksUpAtOnce,
  pressHoursText,
  pressOpeningText,
  reasonKeys,
  stageHeadlineKeys,
  statusActions,
  waiverIssueKeys,
} from './pressTexts';

const NOW = new Date('2026-11-25T10:00:00Z');

/** A decision as the press subgraph sends it: nothing to tell unless the test says so. */
function decision(overrides: Partial<PressDisclosure>): PressDisclosure {
  return {
    level: 'NEITHER_CONFIRM_NOR_DENY',
    reason: 'NO_WAIVER',
    waiverIssue: null,
    stage: null,
    process: null,
    outcome: null,
    excludedTopics: [],
    waiverValidUntil: null,
    publicRegister: PUBLIC_REGISTER,
    decidedAt: NOW.toISOString(),
    ...overrides,
  };
}

const inNb = (d: PressDisclosure) => describeDisclosure(d, nb, 'nb');

describe('the disclosure decision in plain words (nb)', () => {
  it.each([
    [
      'a case before the court',
      { level: 'SAY_NOTHING', reason: 'PENDING_IN_COURT' },
      'Ikke si noe om saken – den er til behandling i retten',
      'Saken skal til eller er til behandling i retten. Da uttaler vi oss ikke, heller ikke for å si at vi ikke kommenterer saken.',
    ],
    [
      'a judgment that is not final',
      { level: 'SAY_NOTHING', reason: 'JUDGMENT_NOT_FINAL' },
      'Ikke si noe om saken – dommen er ikke rettskraftig',
      'Dommen i saken er ikke rettskraftig. Vi uttaler oss ikke før den er det.',
    ],
    [
      'no waiver',
      { level: 'NEITHER_CONFIRM_NOR_DENY', reason: 'NO_WAIVER' },
      'Verken bekreft eller avkreft at saken finnes',
      'Vi har ikke fritak fra taushetsplikten overfor denne journalisten og redaksjonen. At noen har en klagesak hos oss, er en personsensitiv opplysning.',
    ],
    [
      'a complaint on Helsetilsynet’s decision, received',
      { level: 'CONFIRM_HANDLING', reason: 'HELSETILSYN_DECISION', stage: 'RECEIVED' },
      'Du kan bekrefte at klagen er mottatt',
      'Klagen gjelder et vedtak fra Statens helsetilsyn. Da kan vi bekrefte at vi har mottatt, behandler eller har behandlet den, uten fritak – men ikke si noe om innholdet.',
    ],
    [
      'a complaint on Helsetilsynet’s decision, being handled',
      { level: 'CONFIRM_HANDLING', reason: 'HELSETILSYN_DECISION', stage: 'IN_PROGRESS' },
      'Du kan bekrefte at klagen er under behandling',
      expect.stringContaining('Statens helsetilsyn'),
    ],
    [
      'an administrative reaction, decided',
      { level: 'CONFIRM_HANDLING', reason: 'ADMINISTRATIVE_REACTION', stage: 'DECIDED' },
      'Du kan bekrefte at klagen er behandlet',
      'Klagen gjelder en administrativ reaksjon mot helsepersonell. Da kan vi bekrefte behandlingen og gi informasjon om utfallet, uten fritak.',
    ],
    [
      'a waiver for this journalist',
      { level: 'PROCESS_ONLY', reason: 'WAIVER' },
      'Du kan uttale deg om gangen i saken – ikke innholdet',
      'Klageren eller vergen har fritatt oss fra taushetsplikten overfor denne journalisten og redaksjonen. Vi uttaler oss likevel bare om gangen i saken, aldri om innholdet.',
    ],
  ] as const)('%s', (_name, given, headline, reason) => {
    const text = inNb(decision(given as Partial<PressDisclosure>));
    expect(text.headline).toBe(headline);
    expect(text.reason).toEqual(reason);
  });

  it('without a case (no decision) says exactly what it says without a waiver', () => {
    const none = inNb(neitherConfirmNorDeny(NOW));
    expect(none).toEqual(inNb(decision({})));
    expect(none.headline).toBe('Verken bekreft eller avkreft at saken finnes');
    expect(JSON.stringify(none)).not.toMatch(/finnes ikke|ingen sak|ukjent sak|no such case/i);
  });

  it('says what may be told under a waiver: status, dates, processing time and the outcome', () => {
    const text = inNb(
      decision({
        level: 'PROCESS_ONLY',
        reason: 'WAIVER',
        process: {
          status: 'DECIDED',
          receivedAt: '2026-01-14T09:00:00Z',
          decidedAt: '2026-06-30T10:00:00Z',
          processingDays: 167,
        },
        outcome: 'UPHELD',
      }),
    );
    expect(text.may).toEqual([
      'Status: Avgjort',
      'Mottatt: 14. januar 2026',
      'Avgjort: 30. juni 2026',
      'Saksbehandlingstid: 167 dager',
      'Utfall: Vedtaket er stadfestet',
    ]);
  });

  it('counts the days so far while the case is undecided, and one day as one', () => {
    const text = inNb(
      decision({
        level: 'PROCESS_ONLY',
        reason: 'WAIVER',
        process: {
          status: 'RECEIVED',
          receivedAt: '2026-11-24T09:00:00Z',
          decidedAt: null,
          processingDays: 1,
        },
      }),
    );
    expect(text.may).toEqual([
      'Status: Mottatt',
      'Mottatt: 24. november 2026',
      'Ikke avgjort ennå',
      'Saksbehandlingstid så langt: 1 dag',
    ]);
  });

  it('has nothing to tell when it may say nothing', () => {
    for (const level of ['SAY_NOTHING', 'NEITHER_CONFIRM_NOR_DENY'] as const) {
      const text = inNb(
        decision({ level, reason: level === 'SAY_NOTHING' ? 'PENDING_IN_COURT' : 'NO_WAIVER' }),
      );
      expect(text.may).toEqual([]);
      expect(text.avoid).toBeNull();
      expect(text.validUntil).toBeNull();
    }
  });

  it('lists the excluded topics and the waiver’s last day', () => {
    const text = inNb(
      decision({
        level: 'PROCESS_ONLY',
        reason: 'WAIVER',
        excludedTopics: ['diagnosen', 'behandlingen ved sykehuset'],
        // exclusive limit: midnight Oslo time at the start of 1 December
        waiverValidUntil: '2026-11-30T23:00:00.000Z',
      }),
    );
    expect(text.avoid).toBe('Ikke uttal deg om: diagnosen og behandlingen ved sykehuset');
    expect(text.validUntil).toBe('Fritaket gjelder til og med 30. november 2026.');
  });

  it.each([
    [
      'OTHER_JOURNALIST',
      'Internt: fritaket gjelder en annen journalist eller redaksjon – skal ikke formidles.',
    ],
    ['EXPIRED', 'Internt: fritaket er utløpt – skal ikke formidles.'],
    ['REVOKED', 'Internt: fritaket er trukket tilbake – skal ikke formidles.'],
  ] as const)('marks the waiver issue %s as internal', (waiverIssue, internal) => {
    const text = inNb(decision({ waiverIssue }));
    expect(text.headline).toBe('Verken bekreft eller avkreft at saken finnes');
    expect(text.internal).toBe(internal);
  });

  it('always points to Helsepersonellregisteret', () => {
    const text = inNb(decision({}));
    expect(text.register).toEqual({
      text: 'Om helsepersonell har autorisasjon eller lisens, er offentlig og kan alltid oppgis: se {register}.',
      name: 'Helsepersonellregisteret',
      url: 'https://register.helsedirektoratet.no/hpr',
    });
    expect(text.decidedAt).toMatch(/^Vurdert 25\. november 2026 kl\. 11.00\.$/);
  });

  it('falls back to the safe answer for a level or reason a newer API may send', () => {
    const text = inNb(
      decision({
        level: 'SOMETHING_NEW' as DisclosureLevel,
        reason: 'ANOTHER_RULE' as DisclosureReason,
      }),
    );
    expect(text.headline).toBe('Ikke si noe om saken før du har avklart hva som gjelder');
    expect(text.reason).toBe(nb.pressReasonUnknown);
    expect(headlineKey({ level: 'SAY_NOTHING', reason: 'WAIVER', stage: null })).toBe(
      'pressHeadlineSayNothing',
    );
    expect(headlineKey({ level: 'CONFIRM_HANDLING', reason: 'HELSETILSYN_DECISION', stage: null })).toBe(
      'pressHeadlineConfirmAny',
    );
  });
});

describe('the disclosure texts in every language', () => {
  const every: [Language, Messages][] = [
    ['nb', nb],
    ['nn', nn],
    ['en', en],
  ];

  it('name every level, reason, stage and waiver issue, each differently', () => {
    for (const [, m] of every) {
      const headlines = [
        ...disclosureLevels.flatMap((level) =>
          disclosureReasons.map((reason) => m[headlineKey({ level, reason, stage: null })]),
        ),
        ...caseStages.map((stage) => m[stageHeadlineKeys[stage]]),
      ];
      expect(headlines.every((t) => t.trim() !== '')).toBe(true);
      for (const table of [reasonKeys, waiverIssueKeys, stageHeadlineKeys, channelKeys, inquiryStatusKeys]) {
        const texts = Object.values(table).map((key) => m[key]);
        expect(texts.every((t) => t.trim() !== '')).toBe(true);
        expect(new Set(texts).size).toBe(texts.length);
      }
      expect(Object.keys(reasonKeys).sort()).toEqual([...disclosureReasons].sort());
      expect(Object.keys(waiverIssueKeys).sort()).toEqual([...waiverIssues].sort());
      expect(Object.keys(channelKeys).sort()).toEqual([...inquiryChannels].sort());
      expect(Object.keys(inquiryStatusKeys).sort()).toEqual([...inquiryStatuses].sort());
    }
  });

  it('give a full text for every decision in nn and en as in nb', () => {
    const samples: PressDisclosure[] = [
      decision({ level: 'SAY_NOTHING', reason: 'PENDING_IN_COURT' }),
      decision({ waiverIssue: 'REVOKED' }),
      decision({
        level: 'PROCESS_ONLY',
        reason: 'WAIVER',
        process: {
          status: 'SENT_TO_BOARD',
          receivedAt: NOW.toISOString(),
          decidedAt: null,
          processingDays: 3,
        },
        excludedTopics: ['diagnosen'],
        waiverValidUntil: '2027-01-01T00:00:00Z',
      }),
      decision({
        level: 'CONFIRM_HANDLING',
        reason: 'ADMINISTRATIVE_REACTION',
        stage: 'DECIDED',
        outcome: 'QUASHED',
      }),
    ];
    for (const sample of samples) {
      const shape = (t: ReturnType<typeof describeDisclosure>) => ({
        may: t.may.length,
        avoid: t.avoid !== null,
        validUntil: t.validUntil !== null,
        internal: t.internal !== null,
      });
      const bokmal = describeDisclosure(sample, nb, 'nb');
      for (const [language, m] of every) {
        const text = describeDisclosure(sample, m, language);
        expect(shape(text)).toEqual(shape(bokmal));
        const { register, ...rest } = text;
        expect(JSON.stringify(rest), language).not.toMatch(/\{\w+\}/);
        expect(register.text).toContain('{register}');
      }
    }
    const english = describeDisclosure(samples[1]!, en, 'en');
    expect(english.headline).toBe('Neither confirm nor deny that the case exists');
    expect(english.internal).toBe('Internal: the waiver has been revoked – not to be passed on.');
    expect(describeDisclosure(samples[1]!, nn, 'nn').headline).toBe(
      'Verken stadfest eller avkreft at saka finst',
    );
  });

  it('are in each language’s message file', () => {
    for (const language of ['nb', 'nn', 'en'] as const) {
      expect(messages[language].pressHeadlineNeither).toBeTruthy();
    }
  });
});

describe('press hours', () => {
  const service = {
    answersFrom: '09:00',
    answersTo: '14:00',
    excludesPublicHolidays: true,
    openNow: false,
    nextOpening: '2026-11-30T08:00:00Z',
    closesAt: null,
  };

  it('says when we answer, in Norwegian time, and not on public holidays', () => {
    expect(pressHoursText(service, nb, 'nb')).toBe(
      'Vi svarer på pressehenvendelser hverdager kl. 09.00–14.00 (norsk tid), ikke på helligdager.',
    );
    expect(pressHoursText({ ...service, excludesPublicHolidays: false }, nb, 'nb')).toBe(
      'Vi svarer på pressehenvendelser hverdager kl. 09.00–14.00 (norsk tid).',
    );
    expect(pressHoursText(service, en, 'en')).toBe(
      'We answer press enquiries on weekdays from 09:00 to 14:00 (Norwegian time), not on public holidays.',
    );
  });

  it('says whether we are open now, or when we open next', () => {
    expect(pressOpeningText(service, nb, 'nb')).toMatch(
      /^Pressevakten er stengt nå\. Vi svarer igjen mandag 30\. november kl\. 09.00\.$/,
    );
    expect(pressOpeningText({ ...service, openNow: true, closesAt: '2026-11-30T13:00:00Z' }, nb, 'nb')).toBe(
      'Pressevakten er åpen nå, til kl. 14.00.',
    );
  });
});

describe('the press log’s forms', () => {
  const valid = {
    receivedAt: null,
    receivedAtText: '',
    newsroom: 'Eksempel-TV',
    journalistName: 'Rita Demo',
    journalistContact: 'rita@example.com',
    question: 'Har dere mottatt en klage?',
    caseNumber: '26/00102',
  };

  it('accepts a full entry, with or without a case number', () => {
    expect(checkInquiry(valid, NOW)).toEqual([]);
    expect(checkInquiry({ ...valid, caseNumber: '  ' }, NOW)).toEqual([]);
  });

  it('refuses each field as the server would, in the form’s order', () => {
    expect(
      checkInquiry(
        {
          receivedAt: null,
          receivedAtText: 'i går',
          newsroom: ' ',
          journalistName: 'R',
          journalistContact: 'ab',
          question: '?',
          caseNumber: '2600102',
        },
        NOW,
      ),
    ).toEqual([
      'INVALID_RECEIVED_AT',
      'INVALID_NEWSROOM',
      'INVALID_NAME',
      'INVALID_CONTACT',
      'INVALID_QUESTION',
      'INVALID_CASE_NUMBER',
    ]);
    expect(checkInquiry({ ...valid, receivedAt: '2026-11-26T10:00:00Z', receivedAtText: 'x' }, NOW)).toEqual([
      'INVALID_RECEIVED_AT',
    ]);
  });

  it('puts each refusal at its field, and translates every code the API sends', () => {
    expect(inquiryErrorField('INVALID_NAME')).toBe('journalistName');
    expect(inquiryErrorField('INVALID_ANSWER')).toBe('answer');
    expect(inquiryErrorField('CLOSED')).toBeNull();
    for (const code of [
      'INVALID_RECEIVED_AT',
      'INVALID_NEWSROOM',
      'INVALID_NAME',
      'INVALID_CONTACT',
      'INVALID_QUESTION',
      'INVALID_CASE_NUMBER',
      'INVALID_ANSWER',
      'INVALID_ANSWERED_AT',
      'CLOSED',
      'INVALID_TRANSITION',
      'NOT_FOUND',
    ]) {
      expect(inquiryErrorKey(code), code).toMatch(/^press/);
    }
    expect(inquiryErrorKey('UNAUTHENTICATED')).toBe('errorUnauthenticated');
    expect(inquiryErrorKey('SOMETHING')).toBe('errorMutationFailed');
    expect(inquiryErrorKey('toString')).toBe('errorMutationFailed');
  });

  it('checks a lookup and an answer', () => {
    expect(checkLookup({ caseNumber: '26/00102', journalist: 'Rita Demo', newsroom: 'Eksempel-TV' })).toEqual(
      [],
    );
    expect(checkLookup({ caseNumber: '', journalist: '', newsroom: '' })).toEqual([
      'INVALID_CASE_NUMBER',
      'INVALID_NAME',
      'INVALID_NEWSROOM',
    ]);
    expect(checkAnswer('  ')).toEqual(['INVALID_ANSWER']);
    expect(checkAnswer('Vi kan verken bekrefte eller avkrefte.')).toEqual([]);
  });

  it('offers the moves the log allows, and looks up at once only while an entry is open', () => {
    expect(statusActions('RECEIVED')).toEqual({ inProgress: true, close: true, answer: true });
    expect(statusActions('ANSWERED')).toEqual({ inProgress: false, close: true, answer: true });
    expect(statusActions('CLOSED')).toEqual({ inProgress: false, close: false, answer: false });
    expect(inquiryStatuses.filter(looksUpAtOnce)).toEqual(['RECEIVED', 'IN_PROGRESS']);
  });
});
