import {
  createServiceTokenSigner,
  generateInternalKeyPair,
  type ServiceTokenSigner,
} from '@klageportal/federation';
import { startTestService, type TestService } from '@klageportal/testkit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, loadConfig, seedStatisticalCases } from '../src/index.js';
import { OFFICER, registerCase } from './fixture.js';

/**
 * The case-event feed for stats: only the stats service's own key opens it; events carry case
 * ids and statistical facts only; the order is commit-safe (an event committed later never sorts
 * before what was already served).
 */
let svc: TestService;
let statsToken: ServiceTokenSigner;
let otherToken: ServiceTokenSigner;
beforeAll(async () => {
  const stats = await generateInternalKeyPair('stats-feed');
  const other = await generateInternalKeyPair('someone-else');
  statsToken = await createServiceTokenSigner({ service: 'stats', privateJwk: stats.privateJwk });
  otherToken = await createServiceTokenSigner({ service: 'stats', privateJwk: other.privateJwk });
  svc = await startTestService({
    name: 'cases',
    loadConfig,
    create: createService,
    seed: true,
    env: { CASE_FEED_CONSUMER_KEYS: JSON.stringify(stats.publicJwks) },
  });
});
afterAll(() => svc?.dispose());

type Feed = {
  events: { position: string; kind: string; caseId: string; at: string; facts: Record<string, unknown> }[];
  next: string;
};
async function feed(after = '', token?: string, limit = 1000) {
  const res = await fetch(`${svc.baseUrl}/feed/case-events?after=${after}&limit=${limit}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: res.status, body: (await res.json()) as Feed };
}
const readAll = async (after = '') => {
  const all: Feed['events'] = [];
  let next = after;
  for (;;) {
    const page = await feed(next, await statsToken('cases-feed'), 2);
    all.push(...page.body.events);
    if (page.body.events.length === 0) return { events: all, next };
    next = page.body.next;
  }
};

describe('the case-event feed', () => {
  it('is closed to anyone but the stats service', async () => {
    expect((await feed('')).status).toBe(401);
    expect((await feed('', await otherToken('cases-feed'))).status).toBe(401);
    expect((await feed('', await statsToken('identity'))).status).toBe(401);
    // the gateway's internal token (any user's) opens nothing here
    expect((await feed('', await svc.tokenFor(OFFICER))).status).toBe(401);
  });

  it('starts with one snapshot per seeded case, with facts and no personal data', async () => {
    const { events } = await readAll();
    expect(events.map((e) => e.kind)).toEqual([
      'CASE_RECEIVED',
      'CASE_RECEIVED',
      'CASE_RECEIVED',
      'CASE_RECEIVED',
    ]);
    expect(Object.keys(events[0]!.facts).sort()).toEqual([
      'board',
      'caseTypeCode',
      'courtStatus',
      'decidedAt',
      'firstInstanceBodyCode',
      'outcome',
      'receivedAt',
      'status',
    ]);
    expect(JSON.stringify(events)).not.toMatch(/Klagesen|Testesen|@|\+47|26\/001/);
  });

  it('refuses a malformed position or limit', async () => {
    const token = await statsToken('cases-feed');
    expect((await feed('abc', token)).status).toBe(400);
    expect((await feed('', token, 0)).status).toBe(400);
  });

  it('carries registration, status change and court status, in order, with the facts after each', async () => {
    const start = (await readAll()).next;
    const created = await registerCase(svc, 'PSN_ANSVAR', '2026-03-01T10:00:00Z');
    await svc.graphql(
      'mutation($i: ChangeCaseStatusInput!) { changeCaseStatus(input: $i) { ok } }',
      { i: { caseId: created.id, to: 'UNDER_PREPARATION' } },
      OFFICER,
    );
    await svc.graphql(
      'mutation($i: SetCourtStatusInput!) { setCourtStatus(input: $i) { ok } }',
      { i: { caseId: created.id, courtStatus: 'PENDING_IN_COURT' } },
      OFFICER,
    );
    const { events } = await readAll(start);
    expect(events.map((e) => [e.kind, e.facts.status, e.facts.courtStatus])).toEqual([
      ['CASE_RECEIVED', 'RECEIVED', 'NONE'],
      ['STATUS_CHANGED', 'UNDER_PREPARATION', 'NONE'],
      ['COURT_STATUS_CHANGED', 'UNDER_PREPARATION', 'PENDING_IN_COURT'],
    ]);
    expect(events.every((e) => e.caseId === created.id)).toBe(true);
  });

  it('pages through many events in number order (10 after 9, not by text), each exactly once', async () => {
    await seedStatisticalCases(svc.service.orm.em.fork() as EntityManager, { count: 120 });
    const { events } = await readAll();
    const seqs = events.map((e) => Number(e.position.split(':')[1]));
    const [count] = await (svc.service.orm.em.fork() as EntityManager).execute<{ n: string }[]>(
      `select count(*)::text as n from cases.outbox where kind <> 'DOCUMENT_SENT'`,
    );
    expect(events).toHaveLength(Number(count!.n));
    expect(new Set(seqs).size).toBe(seqs.length);
    const positions = events.map((e) => e.position.split(':').map(BigInt) as [bigint, bigint]);
    for (let i = 1; i < positions.length; i++) {
      const [t0, s0] = positions[i - 1]!;
      const [t1, s1] = positions[i]!;
      expect(t1 > t0 || (t1 === t0 && s1 > s0)).toBe(true);
    }
  });

  it('never serves an event past a transaction still writing, so a consumer cannot skip it', async () => {
    const start = (await readAll()).next;
    let release!: () => void;
    const hold = new Promise<void>((r) => {
      release = r;
    });
    let began!: () => void;
    const begun = new Promise<void>((r) => {
      began = r;
    });
    // transaction A writes an event first and commits last
    const a = (svc.service.orm.em.fork() as EntityManager).transactional(async (tx) => {
      await tx.execute(
        `insert into cases.outbox (kind, case_id, created_at, payload)
         select 'STATUS_CHANGED', id, now(), '{"status":"RECEIVED"}'::jsonb from cases.complaint_case limit 1`,
      );
      began();
      await hold;
    });
    await begun;
    const b = await registerCase(svc, 'PSN_ANSVAR', '2026-03-02T10:00:00Z');
    expect((await readAll(start)).events).toEqual([]);
    release();
    await a;
    const after = (await readAll(start)).events;
    expect(after.map((e) => e.kind)).toEqual(['STATUS_CHANGED', 'CASE_RECEIVED']);
    expect(after[1]!.caseId).toBe(b.id);
  });
});
