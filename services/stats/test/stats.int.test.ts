import { describeInternalTokenChecks, startTestService, type TestService } from '@klageportal/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, loadConfig } from '../src/index.js';

type Stats = {
  statistics: {
    year: number;
    received: number;
    decided: number;
    byCaseType: { caseType: { code: string }; received: number; decided: number }[];
  };
};

const QUERY =
  'query($year: Int) { statistics(year: $year) { year received decided byCaseType { caseType { code } received decided } } }';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService({ name: 'stats', loadConfig, create: createService, seed: true });
});
afterAll(() => svc?.dispose());

describe('stats subgraph', () => {
  it('is live and ready once its database answers', async () => {
    expect((await fetch(`${svc.baseUrl}/readyz`)).status).toBe(200);
  });

  it('answers the latest year with figures by default, totals matching the case-type lines', async () => {
    const { body } = await svc.graphql<Stats>(QUERY);
    expect(body.errors).toBeUndefined();
    const stats = body.data!.statistics;
    expect(stats.year).toBe(2026);
    expect(stats.byCaseType.length).toBeGreaterThan(0);
    expect(stats.received).toBe(stats.byCaseType.reduce((s, r) => s + r.received, 0));
    expect(stats.decided).toBe(stats.byCaseType.reduce((s, r) => s + r.decided, 0));
  });

  it('answers an asked year, and zeros for a year without figures', async () => {
    const y2025 = await svc.graphql<Stats>(QUERY, { year: 2025 });
    expect(y2025.body.data!.statistics.year).toBe(2025);
    expect(y2025.body.data!.statistics.byCaseType.map((r) => r.caseType.code)).toContain('PSN_ANSVAR');
    const empty = await svc.graphql<Stats>(QUERY, { year: 1999 });
    expect(empty.body.data!.statistics).toEqual({ year: 1999, received: 0, decided: 0, byCaseType: [] });
  });
});

describeInternalTokenChecks(() => svc, '{ statistics { year } }');
