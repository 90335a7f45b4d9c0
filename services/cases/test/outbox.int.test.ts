import { startTestService, type TestService } from '@klageportal/testkit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, loadConfig } from '../src/index.js';
import { appendOutbox, readOutbox } from '../src/store/outbox.store.js';

/**
 * The notification relay's read of the outbox: an event from a transaction that commits after a
 * later-numbered one is not passed over (else its notice would be lost for good).
 */
let svc: TestService;
beforeAll(async () => {
  svc = await startTestService({ name: 'cases', loadConfig, create: createService, seed: true });
});
afterAll(() => svc?.dispose());

const em = () => svc.service.orm.em.fork() as EntityManager;
const CASE = '6f1d2c1e-0001-4a6b-9d3e-000000000002';

async function relayRead(): Promise<string[]> {
  return em().transactional(async (tx) => {
    const { events, advance } = await readOutbox(tx as EntityManager, 'test-relay', 100);
    await advance();
    return events.map((e) => e.seq);
  });
}

describe('the relay reads the outbox commit-safely', () => {
  it('waits for a transaction still writing, then reads its event before the later ones', async () => {
    await relayRead(); // past what the seed wrote
    let release!: () => void;
    const hold = new Promise<void>((r) => {
      release = r;
    });
    let began!: () => void;
    const begun = new Promise<void>((r) => {
      began = r;
    });
    let heldSeq = '';
    const a = em().transactional(async (tx) => {
      await appendOutbox(tx as EntityManager, 'DOCUMENT_SENT', CASE, new Date());
      const [row] = await (tx as EntityManager).execute<{ seq: string }[]>(
        'select max(seq)::text as seq from cases.outbox',
      );
      heldSeq = row!.seq;
      began();
      await hold;
    });
    await begun;
    await em().transactional((tx) => appendOutbox(tx as EntityManager, 'STATUS_CHANGED', CASE, new Date()));
    expect(await relayRead()).toEqual([]);
    release();
    await a;
    const read = await relayRead();
    expect(read[0]).toBe(heldSeq);
    expect(read).toHaveLength(2);
    expect(await relayRead()).toEqual([]);
  });
});
