import { startTestService, type TestService } from '@klageportal/testkit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, loadConfig } from '../src/index.js';
import { dumpProjections, readPosition, resetProjections } from '../src/store/projection.store.js';
import { consumeAll, type FeedEvent } from '../src/usecases/feed-consumer.js';
import { readerOf, syntheticFeed } from './synthetic-feed.js';

/**
 * The projections from the case-event feed: in order, exactly once in effect, resumed after a
 * crash from the last committed position, and equal to a rebuild from scratch. The feed here is
 * a recorded list of events of the shape the cases service serves (its own tests cover serving).
 */
let svc: TestService;
const events: FeedEvent[] = syntheticFeed({ cases: 400, seed: 7 });
const reader = readerOf(events);

beforeAll(async () => {
  svc = await startTestService({ name: 'stats', loadConfig, create: createService });
});
afterAll(() => svc?.dispose());

const em = () => svc.service.orm.em.fork() as EntityManager;

describe('projecting the case-event feed', () => {
  let full: Record<string, unknown[]>;

  it('reads every event, to the last position', async () => {
    expect(await consumeAll(em(), reader, { limit: 50 })).toBe(events.length);
    expect(await readPosition(em())).toBe(events.at(-1)!.position);
    full = await dumpProjections(em());
    expect(full.caseFacts).toHaveLength(400);
    const received = (full.monthly as { received: number }[]).reduce((s, r) => s + r.received, 0);
    expect(received).toBe(400);
  });

  it('reading again changes nothing (nothing new after the position)', async () => {
    expect(await consumeAll(em(), reader, { limit: 50 })).toBe(0);
    expect(await dumpProjections(em())).toEqual(full);
  });

  it('a consumer killed mid-stream resumes from its last commit and ends equal to a full rebuild', async () => {
    await resetProjections(em());
    const crash = new Error('killed');
    await expect(
      consumeAll(em(), reader, {
        limit: 37,
        beforeCommit: (batch) => {
          if (batch === 4) throw crash;
        },
      }),
    ).rejects.toBe(crash);
    // four batches committed, the fifth rolled back with its position
    expect(await readPosition(em())).toBe(events[4 * 37 - 1]!.position);
    await consumeAll(em(), reader, { limit: 37 });
    const resumed = await dumpProjections(em());

    await resetProjections(em());
    await consumeAll(em(), reader, { limit: 1000 });
    expect(resumed).toEqual(await dumpProjections(em()));
    expect(resumed).toEqual(full);
  });

  it('replaying the whole feed over existing projections (a repeat delivery) changes nothing', async () => {
    await em().execute(`update stats.feed_position set position = '0:0'`);
    await consumeAll(em(), reader, { limit: 64 });
    expect(await dumpProjections(em())).toEqual(full);
  });
});
