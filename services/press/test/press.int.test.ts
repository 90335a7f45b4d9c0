import type { Principal } from '@klageportal/federation';
import { describeInternalTokenChecks, startTestService, type TestService } from '@klageportal/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESS_HOURS } from '../src/domain/press-service.js';
import { createService, loadConfig } from '../src/index.js';

// Saturday 28 November 2026, 11:00 in Oslo: outside press hours
const SATURDAY = new Date('2026-11-28T10:00:00.000Z');
const MONDAY_0900 = '2026-11-30T08:00:00.000Z';
const PRESS: Principal = { kind: 'staff', staffId: 'pressevakt-per', roles: ['press_officer'] };

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService({
    name: 'press',
    loadConfig,
    create: (config, options) => createService(config, { ...options, deps: { clock: () => SATURDAY } }),
    seed: true,
  });
});
afterAll(() => svc?.dispose());

describe('press subgraph', () => {
  it('is live and ready once its database answers', async () => {
    expect((await fetch(`${svc.baseUrl}/readyz`)).status).toBe(200);
  });

  it('publishes the press hours to anyone, closed on a Saturday until Monday 09:00 Oslo time', async () => {
    const { body } = await svc.graphql(
      '{ pressService { answersFrom answersTo timeZone excludesPublicHolidays openNow nextOpening closesAt } }',
    );
    expect(body).toEqual({
      data: { pressService: { ...PRESS_HOURS, openNow: false, nextOpening: MONDAY_0900, closesAt: null } },
    });
  });

  it('keeps the press log from everyone but press officers', async () => {
    const { body } = await svc.graphql('{ pressInquiries { id newsroom question } }');
    expect(body.data).toEqual({ pressInquiries: null });
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(body)).not.toMatch(/Testavisa|Eksempel-TV/);
  });

  it('shows the log to a press officer, newest first', async () => {
    const { body } = await svc.graphql<{ pressInquiries: { newsroom: string; receivedAt: string }[] }>(
      '{ pressInquiries { newsroom receivedAt } }',
      {},
      { kind: 'staff', staffId: 'pressevakt-per', roles: ['press_officer'] },
    );
    expect(body.errors).toBeUndefined();
    const times = body.data!.pressInquiries.map((i) => i.receivedAt);
    expect(times.length).toBeGreaterThan(0);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('refuses the log to other staff', async () => {
    const { body } = await svc.graphql(
      '{ pressInquiries { id } }',
      {},
      { kind: 'staff', staffId: 'x', roles: ['case_officer'] },
    );
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('logs an inquiry received outside press hours, handled from the next opening, kept ten years', async () => {
    const logged = await svc.graphql<{ logPressInquiry: { ok: boolean; inquiry: Record<string, unknown> } }>(
      `mutation($input: LogPressInquiryInput!) { logPressInquiry(input: $input) {
        ok error { code } inquiry { id receivedAt status handledBy deleteAfter caseNumber
          journalistName journalistContact question handling { outsidePressHours handledFrom } } } }`,
      { input: { ...INQUIRY, caseNumber: ' 26/00102 ' } },
      PRESS,
    );
    expect(logged.body.errors).toBeUndefined();
    expect(logged.body.data!.logPressInquiry).toMatchObject({
      ok: true,
      inquiry: {
        receivedAt: SATURDAY.toISOString(),
        status: 'RECEIVED',
        handledBy: 'pressevakt-per',
        deleteAfter: '2036-11-28T10:00:00.000Z',
        caseNumber: '26/00102',
        journalistName: 'Synne Skribent',
        handling: { outsidePressHours: true, handledFrom: MONDAY_0900 },
      },
    });
    const id = logged.body.data!.logPressInquiry.inquiry.id as string;

    // committed: it is in the log the next request reads
    const { body } = await svc.graphql<{ pressInquiries: { id: string }[] }>(
      '{ pressInquiries { id } }',
      {},
      PRESS,
    );
    expect(body.data!.pressInquiries.map((i) => i.id)).toContain(id);

    const answered = await svc.graphql<{
      answerPressInquiry: { ok: boolean; inquiry: Record<string, unknown> };
    }>(
      `mutation { answerPressInquiry(input: { id: "${id}", answer: "Vi kan verken bekrefte eller avkrefte." }) {
        ok inquiry { status answer answeredAt handledBy } } }`,
      {},
      { kind: 'staff', staffId: 'pressevakt-pia', roles: ['press_officer'] },
    );
    expect(answered.body.data!.answerPressInquiry).toEqual({
      ok: true,
      inquiry: {
        status: 'ANSWERED',
        answer: 'Vi kan verken bekrefte eller avkrefte.',
        answeredAt: SATURDAY.toISOString(),
        handledBy: 'pressevakt-pia',
      },
    });
    const closed = await svc.graphql<{ setPressInquiryStatus: { inquiry: { status: string } } }>(
      `mutation { setPressInquiryStatus(id: "${id}", status: CLOSED) { ok inquiry { status } } }`,
      {},
      PRESS,
    );
    expect(closed.body.data!.setPressInquiryStatus.inquiry.status).toBe('CLOSED');
    const again = await svc.graphql<{ answerPressInquiry: { ok: boolean; error: { code: string } } }>(
      `mutation { answerPressInquiry(input: { id: "${id}", answer: "Endret svar" }) { ok error { code } } }`,
      {},
      PRESS,
    );
    expect(again.body.data!.answerPressInquiry).toEqual({ ok: false, error: { code: 'CLOSED' } });
  });

  it.each([
    ['a case number in another format', { caseNumber: '2026-102' }, 'INVALID_CASE_NUMBER'],
    ['no question', { question: ' ' }, 'INVALID_QUESTION'],
    ['received in the future', { receivedAt: '2026-12-01T10:00:00Z' }, 'INVALID_RECEIVED_AT'],
  ])('refuses an entry with %s, and writes nothing', async (_label, over, code) => {
    const count = async () =>
      (await svc.graphql<{ pressInquiries: unknown[] }>('{ pressInquiries(first: 100) { id } }', {}, PRESS))
        .body.data!.pressInquiries.length;
    const before = await count();
    const { body } = await svc.graphql<{ logPressInquiry: unknown }>(
      'mutation($input: LogPressInquiryInput!) { logPressInquiry(input: $input) { ok error { code } inquiry { id } } }',
      { input: { ...INQUIRY, ...over } },
      PRESS,
    );
    expect(body.data!.logPressInquiry).toEqual({ ok: false, error: { code }, inquiry: null });
    expect(await count()).toBe(before);
  });

  it('decides a disclosure only for press officers, from the facts the gateway brings', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case {
      pressDisclosure(journalist: "Rita Demo", newsroom: "Eksempel-TV") { level reason waiverIssue process { processingDays } } } } }`;
    const representation = {
      __typename: 'Case',
      caseNumber: '26/00102',
      status: 'UNDER_PREPARATION',
      receivedAt: '2026-11-01T09:00:00.000Z',
      courtStatus: 'NONE',
      decision: null,
      caseType: { code: 'NPE_PASIENTSKADE' },
      firstInstanceBody: { code: 'NPE' },
      waivers: [
        {
          journalist: 'Rita Demo',
          newsroom: 'Eksempel-TV',
          excludedTopics: [],
          validUntil: null,
          revokedAt: null,
        },
      ],
    };
    const asPress = await svc.graphql<{ _entities: unknown[] }>(query, { r: [representation] }, PRESS);
    expect(asPress.body.data!._entities).toEqual([
      {
        pressDisclosure: {
          level: 'PROCESS_ONLY',
          reason: 'WAIVER',
          waiverIssue: null,
          process: { processingDays: 27 },
        },
      },
    ]);
    for (const principal of [
      { kind: 'staff', staffId: 'saksbehandler-siri', roles: ['case_officer'] },
      { kind: 'staff', staffId: 'analytiker-ane', roles: ['analyst'] },
    ] as Principal[]) {
      const refused = await svc.graphql(query, { r: [representation] }, principal);
      expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(refused.body)).not.toContain('PROCESS_ONLY');
    }
  });

  it('writes no journalist names, contacts or questions to its logs', () => {
    expect(svc.logs.text()).not.toMatch(
      /Jens Prøve|Rita Demo|Synne|Skribent|testavisa\.example|lokalavisa|pasientskadesaker|ventetiden/,
    );
  });
});

const INQUIRY = {
  channel: 'EMAIL',
  newsroom: 'Lokalavisa',
  journalistName: 'Synne Skribent',
  journalistContact: 'synne@lokalavisa.example',
  question: 'Hvor lang er ventetiden i saken?',
};

describeInternalTokenChecks(() => svc, '{ pressService { answersFrom } }');
