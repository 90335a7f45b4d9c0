import { randomUUID } from 'node:crypto';
import { createServiceTestDb } from '@klageportal/testkit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaseStatus } from '../src/domain/case.js';
import {
  appendStatusEvent,
  findCaseDetailsByIds,
  findCasesByIds,
  findTimelines,
} from '../src/store/case.store.js';
import { CaseRecord, entities } from '../src/store/entities/index.js';
import { createLoaders } from '../src/store/loaders.js';
import { migrations, migrationsPathTs } from '../src/store/migrations/index.js';
import { addParty, findPartiesByCaseIds, removeParty } from '../src/store/party.store.js';
import { SYNTHETIC_CASES, seed, seededTimeline } from '../src/store/seed/index.js';

let db: Awaited<ReturnType<typeof createServiceTestDb>>;
beforeAll(async () => {
  db = await createServiceTestDb({ schema: 'cases', entities, migrations, migrationsPathTs });
});
beforeEach(() => db.clear());
afterAll(() => db?.dispose());

const em = (): EntityManager => db.orm.em.fork() as EntityManager;
const NOW = new Date('2026-05-01T12:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const person = () => randomUUID();

/** A case of a published type (reference data comes from the seed), with no parties or events. */
async function newCase(over: { caseType?: string; board?: string | null; status?: CaseStatus } = {}) {
  await seed(em(), NOW);
  const id = randomUUID();
  await em().insert(CaseRecord, {
    id,
    caseNumber: `26/${id.slice(0, 8)}`,
    caseType: over.caseType ?? 'PSN_ANSVAR',
    firstInstanceBody: 'NPE',
    receivedAt: NOW,
    status: over.status ?? 'RECEIVED',
    board: over.board === undefined ? 'PSN' : over.board,
  });
  return id;
}

describe('parties', () => {
  it('adds and removes a person in a role, at most once per role per case', async () => {
    const caseId = await newCase();
    const [kari, anne] = [person(), person()];
    const added = await addParty(
      em(),
      { caseId, personId: kari, name: 'kari', role: 'COMPLAINANT', mobile: '+4790000001' },
      NOW,
    );
    expect(added).toEqual({
      ok: true,
      value: { personId: kari, name: 'kari', role: 'COMPLAINANT', mobile: '+4790000001', email: null },
    });
    expect(
      await addParty(
        em(),
        { caseId, personId: kari, name: 'kari', role: 'COMPLAINANT', email: 'x@example.com' },
        at(1),
      ),
    ).toEqual({ ok: false, code: 'PARTY_EXISTS' });
    expect((await addParty(em(), { caseId, personId: kari, name: 'kari', role: 'PROXY' }, at(2))).ok).toBe(
      true,
    );
    expect(
      (
        await addParty(
          em(),
          { caseId, personId: anne, name: 'anne', role: 'LAWYER', email: 'a@example.com' },
          at(3),
        )
      ).ok,
    ).toBe(true);

    const unknown = randomUUID();
    const parties = await findPartiesByCaseIds(em(), [caseId, unknown]);
    expect(parties.get(unknown)).toEqual([]);
    expect(parties.get(caseId)).toEqual([
      { personId: kari, name: 'kari', role: 'COMPLAINANT', mobile: '+4790000001', email: null },
      { personId: kari, name: 'kari', role: 'PROXY', mobile: null, email: null },
      { personId: anne, name: 'anne', role: 'LAWYER', mobile: null, email: 'a@example.com' },
    ]);

    expect(await removeParty(em(), caseId, kari, 'PROXY')).toBe(true);
    expect(await removeParty(em(), caseId, kari, 'PROXY')).toBe(false);
    expect(await removeParty(em(), caseId, anne, 'COMPLAINANT')).toBe(false);
    expect(
      (await findPartiesByCaseIds(em(), [caseId])).get(caseId)!.map((p) => [p.personId, p.role]),
    ).toEqual([
      [kari, 'COMPLAINANT'],
      [anne, 'LAWYER'],
    ]);
    expect(await findPartiesByCaseIds(em(), [])).toEqual(new Map());
  });
});

describe('status timeline', () => {
  it('returns each case its events in time order and keeps the current status', async () => {
    const [c1, c2] = [await newCase(), await newCase()];
    await appendStatusEvent(em(), c1, 'UNDER_PREPARATION', at(60));
    await appendStatusEvent(em(), c1, 'RECEIVED', NOW);
    await appendStatusEvent(em(), c2, 'RECEIVED', NOW);
    await appendStatusEvent(em(), c1, 'SENT_TO_BOARD', at(120));

    const unknown = randomUUID();
    const timelines = await findTimelines(em(), [c1, c2, unknown]);
    expect(timelines.get(c1)).toEqual([
      { status: 'RECEIVED', at: NOW },
      { status: 'UNDER_PREPARATION', at: at(60) },
      { status: 'SENT_TO_BOARD', at: at(120) },
    ]);
    expect(timelines.get(c2)).toEqual([{ status: 'RECEIVED', at: NOW }]);
    expect(timelines.get(unknown)).toEqual([]);
    expect((await findCasesByIds(em(), [c1]))[0]!.status).toBe('SENT_TO_BOARD');
    const [row] = await em()
      .getConnection()
      .execute<{ updated_at: string }[]>('select updated_at from "cases"."complaint_case" where id = ?', [
        c1,
      ]);
    expect(new Date(row!.updated_at)).toEqual(at(120));
  });
});

describe('case details', () => {
  it('maps board, decision, court status and timeline', async () => {
    await seed(em(), NOW);
    const decided = SYNTHETIC_CASES.find((c) => c.status === 'DECIDED')!;
    const open = SYNTHETIC_CASES.find((c) => c.status === 'UNDER_PREPARATION')!;
    const sql = db.countQueries();
    const details = await findCaseDetailsByIds(em(), [decided.id, open.id, randomUUID()]);
    expect(sql.count()).toBe(2);
    const byId = new Map(details.map((d) => [d.id, d]));
    expect(details).toHaveLength(2);
    expect(byId.get(decided.id)).toEqual({
      id: decided.id,
      caseNumber: decided.caseNumber,
      caseTypeCode: 'PSN_ANSVAR',
      firstInstanceBodyCode: 'NPE',
      receivedAt: new Date(decided.receivedAt),
      status: 'DECIDED',
      board: 'PSN',
      decision: { outcome: 'UPHELD', decidedAt: new Date(decided.decision!.decidedAt) },
      courtStatus: 'NONE',
      timeline: seededTimeline(decided),
    });
    expect(byId.get(open.id)).toMatchObject({ board: 'PSN', decision: null, courtStatus: 'NONE' });
    expect(await findCaseDetailsByIds(em(), [])).toEqual([]);
  });

  it("reads a case without a recorded board as its type's board", async () => {
    const id = await newCase({ caseType: 'PSN_UTMALING', board: null });
    const [details] = await findCaseDetailsByIds(em(), [id]);
    expect(details).toMatchObject({ board: 'PSN', decision: null, courtStatus: 'NONE', timeline: [] });
  });
});

describe('seed', () => {
  const snapshot = async () => {
    const out: Record<string, unknown> = {};
    for (const table of [
      'complaint_case',
      'case_party',
      'case_status_event',
      'case_type',
      'first_instance_body',
    ]) {
      const key = table === 'case_type' || table === 'first_instance_body' ? 'code' : 'id';
      out[table] = await em().getConnection().execute(`select * from "cases"."${table}" order by ${key}`);
    }
    return out;
  };

  it('is idempotent', async () => {
    await seed(em(), NOW);
    const first = await snapshot();
    await seed(em(), at(60));
    expect(await snapshot()).toEqual(first);
    expect(first.case_party).toHaveLength(SYNTHETIC_CASES.flatMap((c) => c.parties).length);
    expect(first.case_status_event).toHaveLength(SYNTHETIC_CASES.flatMap((c) => c.timeline).length);
  });

  it('gives each seeded case a timeline from RECEIVED at its receipt to its current status', async () => {
    await seed(em(), NOW);
    const timelines = await findTimelines(
      em(),
      SYNTHETIC_CASES.map((c) => c.id),
    );
    for (const c of SYNTHETIC_CASES) {
      const timeline = timelines.get(c.id)!;
      expect(timeline).toEqual(seededTimeline(c));
      expect(timeline[0]).toEqual({ status: 'RECEIVED', at: new Date(c.receivedAt) });
      expect(timeline.at(-1)!.status).toBe(c.status);
    }
  });
});

describe('loaders', () => {
  it('batch parties into one statement, and case details (with timelines) into two', async () => {
    await seed(em(), NOW);
    const ids = [...SYNTHETIC_CASES.map((c) => c.id), randomUUID()];
    const loaders = createLoaders(em());
    const sql = db.countQueries();
    const [parties, details] = await Promise.all([
      loaders.partiesByCaseId.loadMany(ids),
      loaders.caseDetailsById.loadMany(ids),
    ]);
    expect(sql.count()).toBe(3);
    expect(parties).toEqual([...SYNTHETIC_CASES.map((c) => c.parties), []]);
    expect(details.map((d) => (d && !(d instanceof Error) ? d.timeline : null))).toEqual([
      ...SYNTHETIC_CASES.map(seededTimeline),
      null,
    ]);
  });
});
