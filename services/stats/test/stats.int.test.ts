import { describeInternalTokenChecks, startTestService, type TestService } from '@klageportal/testkit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, loadConfig } from '../src/index.js';
import { consumeAll } from '../src/usecases/feed-consumer.js';
import { readerOf, syntheticFeed } from './synthetic-feed.js';

/** The public statistics over projections fed with a recorded feed (600 cases in 2026). */
const events = syntheticFeed({ cases: 600, seed: 11, year: 2026 });
const reader = readerOf(events);

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService({
    name: 'stats',
    loadConfig,
    create: (config, options) =>
      createService(config, { ...options, deps: { clock: () => new Date('2026-11-25T12:00:00Z') } }),
  });
  await consumeAll(svc.service.orm.em.fork() as EntityManager, reader, { limit: 500 });
});
afterAll(() => svc?.dispose());

type Year = {
  year: number;
  threshold: number;
  received: number | null;
  decided: number | null;
  months: { month: string; received: number | null; decided: number | null }[];
  byCaseType: {
    caseType: { code: string };
    group: string;
    received: number | null;
    decided: number | null;
    processingTime: {
      decided: number | null;
      medianWeeks: number | null;
      p80Weeks: number | null;
      suppressed: boolean;
    };
  }[];
  byCaseTypeGroup: { group: string; received: number | null }[];
  byFirstInstanceBody: { firstInstanceBody: { code: string }; received: number | null }[];
  outcomes: { outcome: string; count: number | null }[];
};
const YEAR = `year threshold received decided months { month received decided }
  byCaseType { caseType { code } group received decided processingTime { decided medianWeeks p80Weeks suppressed } }
  byCaseTypeGroup { group received } byFirstInstanceBody { firstInstanceBody { code } received } outcomes { outcome count }`;

const published = (y: Year) => [
  y.received,
  y.decided,
  ...y.months.flatMap((m) => [m.received, m.decided]),
  ...y.byCaseType.flatMap((t) => [t.received, t.decided, t.processingTime.decided]),
  ...y.byCaseTypeGroup.map((g) => g.received),
  ...y.byFirstInstanceBody.map((b) => b.received),
  ...y.outcomes.map((o) => o.count),
];

describe('public statistics', () => {
  it('answers a year with totals that agree with the feed, and no published figure below the threshold', async () => {
    const { body } = await svc.graphql<{ statistics: Year }>(`{ statistics(year: 2026) { ${YEAR} } }`);
    expect(body.errors).toBeUndefined();
    const y = body.data!.statistics;
    expect(y.threshold).toBe(5);
    expect(y.received).toBe(600);
    for (const v of published(y)) if (v !== null) expect(v === 0 || v >= 5).toBe(true);
    // the months add up to the year wherever all are published
    if (y.months.every((m) => m.received !== null))
      expect(y.months.reduce((s, m) => s + m.received!, 0)).toBe(y.received);
    expect(y.byCaseType.map((t) => t.caseType.code).sort()).toEqual([
      'HELFO_FRIKORT',
      'HPN_ADVARSEL',
      'PSN_ANSVAR',
      'PSN_UTMALING',
    ]);
    const psn = y.byCaseType.find((t) => t.caseType.code === 'PSN_ANSVAR')!;
    expect(psn.processingTime.suppressed).toBe(false);
    expect(psn.processingTime.medianWeeks).toBeGreaterThan(0);
    expect(psn.processingTime.p80Weeks).toBeGreaterThanOrEqual(psn.processingTime.medianWeeks!);
  });

  it('serves a year again from what it computed, until the feed moves: then the new figures', async () => {
    const ask = async () =>
      (await svc.graphql<{ statistics: Year }>(`{ statistics(year: 2026) { received } }`)).body.data!
        .statistics.received;
    expect(await ask()).toBe(600);
    const more = syntheticFeed({ cases: 10, seed: 99, year: 2026 }).map((e, i) => ({
      ...e,
      position: `9999999:${events.length + 1 + i}`,
    }));
    const all = [...events, ...more];
    const longer = readerOf(all);
    await consumeAll(svc.service.orm.em.fork() as EntityManager, longer, { limit: 500 });
    expect(await ask()).toBe(610);
  });

  it('an empty year has zeros, not errors', async () => {
    const { body } = await svc.graphql<{ statistics: Year }>(`{ statistics(year: 2001) { ${YEAR} } }`);
    expect(body.data!.statistics).toMatchObject({ year: 2001, received: 0, decided: 0, byCaseType: [] });
  });

  it('answers a period of whole years, and refuses one of more than ten', async () => {
    const ok = await svc.graphql<{ statisticsForYears: { year: number }[] }>(
      '{ statisticsForYears(from: 2025, to: 2026) { year } }',
    );
    expect(ok.body.data!.statisticsForYears.map((y) => y.year)).toEqual([2025, 2026]);
    const tooLong = await svc.graphql('{ statisticsForYears(from: 2000, to: 2026) { year } }');
    expect(tooLong.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const nonsense = await svc.graphql('{ statistics(year: -5) { year } }');
    expect(nonsense.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const farAhead = await svc.graphql('{ statistics(year: 99999) { year } }');
    expect(farAhead.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(nonsense.body)).not.toMatch(/\n\s+at |\.ts:|stacktrace/i);
  });

  it('gives patient-injury court cases by status, small counts suppressed', async () => {
    const { body } = await svc.graphql<{
      patientInjuryCourtCases: {
        total: number | null;
        byStatus: { courtStatus: string; count: number | null }[];
      };
    }>('{ patientInjuryCourtCases { total byStatus { courtStatus count } } }');
    const court = body.data!.patientInjuryCourtCases;
    const expected = new Set(
      events
        .filter((e) => e.facts?.courtStatus !== 'NONE' && e.facts?.firstInstanceBodyCode === 'NPE')
        .map((e) => e.caseId),
    ).size;
    expect(court.total).toBe(expected >= 5 ? expected : null);
    for (const s of court.byStatus) if (s.count) expect(s.count).toBeGreaterThanOrEqual(5);
  });

  it('estimates the processing time of a case type (last twelve whole months), as the case page asks', async () => {
    const { body } = await svc.graphql<{
      _entities: { expectedProcessingTime: { medianWeeks: number | null; suppressed: boolean } }[];
    }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on CaseType { expectedProcessingTime { medianWeeks suppressed } } } }`,
      {
        r: [
          { __typename: 'CaseType', code: 'PSN_ANSVAR' },
          { __typename: 'CaseType', code: 'NO_SUCH_TYPE' },
        ],
      },
    );
    expect(body.data!._entities[0]!.expectedProcessingTime.suppressed).toBe(false);
    expect(body.data!._entities[0]!.expectedProcessingTime.medianWeeks).toBeGreaterThan(0);
    expect(body.data!._entities[1]!.expectedProcessingTime).toEqual({ medianWeeks: null, suppressed: true });
  });

  it('serves the same figures as JSON and CSV open data with a stable schema', async () => {
    const token = await svc.tokenFor({ kind: 'anonymous' });
    const get = (file: string) =>
      fetch(`${svc.baseUrl}/open-data/${file}`, { headers: { authorization: `Bearer ${token}` } });
    const { body } = await svc.graphql<{ statistics: Year }>(`{ statistics(year: 2026) { ${YEAR} } }`);
    const json = (await (await get('statistikk-2026.json')).json()) as Record<string, unknown>;
    expect(json).toMatchObject({
      schemaVersion: 1,
      year: 2026,
      suppressionThreshold: 5,
      received: body.data!.statistics.received,
      decided: body.data!.statistics.decided,
      months: body.data!.statistics.months,
      outcomes: body.data!.statistics.outcomes,
    });
    const csvRes = await get('statistikk-2026.csv');
    expect(csvRes.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csvRes.text()).trim().split('\r\n');
    expect(lines[0]).toBe('year,dimension,key,measure,value');
    expect(lines).toContain(`2026,total,all,received,${body.data!.statistics.received}`);
    for (const m of body.data!.statistics.months)
      expect(lines).toContain(`2026,month,${m.month},received,${m.received ?? ''}`);
    expect((await get('statistikk-2026.xml')).status).toBe(404);
    // without the gateway's token, nothing
    expect((await fetch(`${svc.baseUrl}/open-data/statistikk-2026.json`)).status).toBe(401);
  });
});

describeInternalTokenChecks(() => svc, '{ statistics { year } }');
