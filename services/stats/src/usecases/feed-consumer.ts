import type { Logger } from '@klageportal/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type CaseFacts, deltasFor, factsFromSnapshot } from '../domain/projection.js';
import { applyDeltas, findFacts, readPosition, savePosition } from '../store/projection.store.js';

export type FeedEvent = {
  position: string;
  kind: string;
  caseId: string;
  at: string;
  facts: Record<string, unknown> | null;
};
export type FeedPage = { events: FeedEvent[]; next: string };
/** Reads the cases service's case-event feed after a position. */
export type FeedReader = (after: string, limit: number) => Promise<FeedPage>;

export type ConsumeOptions = {
  limit: number;
  /** Tests: runs just before the batch commits (throw to crash mid-stream). */
  beforeCommit?: (batch: number) => Promise<void> | void;
  now?: () => Date;
};

/**
 * One batch: read the events after our position, and in one transaction apply them and move the
 * position — so a batch is either wholly in the projections or not at all, and a consumer that
 * crashes resumes from the last committed position (exactly once in effect). The position row is
 * locked, and a batch read from an older position than the one locked is dropped (another
 * consumer got there first). Returns how many events were read.
 */
export async function consumeBatch(
  em: EntityManager,
  read: FeedReader,
  options: ConsumeOptions,
  batchNo = 0,
): Promise<number> {
  const from = await readPosition(em);
  const page = await read(from, options.limit);
  if (page.events.length === 0) return 0;
  await em.transactional(async (tx) => {
    const locked = await readPosition(tx as EntityManager, { lock: true });
    if (locked !== from) return;
    // only a case's newest facts matter: its contribution is replaced, not added to
    const newest = new Map<string, CaseFacts>();
    for (const event of page.events) {
      const facts = factsFromSnapshot(event.facts);
      if (facts) newest.set(event.caseId, facts);
    }
    const before = await findFacts(tx as EntityManager, [...newest.keys()]);
    const changes = [...newest].map(([caseId, after]) => ({
      caseId,
      before: before.get(caseId) ?? null,
      after,
    }));
    await applyDeltas(
      tx as EntityManager,
      deltasFor(changes),
      changes.map((c) => ({ caseId: c.caseId, facts: c.after })),
    );
    await savePosition(tx as EntityManager, page.next, (options.now ?? (() => new Date()))());
    await options.beforeCommit?.(batchNo);
  });
  return page.events.length;
}

/** Reads until the feed has nothing more (a full batch means: read again). */
export async function consumeAll(
  em: EntityManager,
  read: FeedReader,
  options: ConsumeOptions,
): Promise<number> {
  let total = 0;
  for (let batch = 0; ; batch += 1) {
    const n = await consumeBatch(em.fork() as EntityManager, read, options, batch);
    total += n;
    if (n < options.limit) return total;
  }
}

/**
 * The running consumer: drains the feed, then polls. Errors (cases down, a crash mid-batch) are
 * logged without data and retried after a pause; nothing is lost, the position says where to go on.
 */
export function startFeedConsumer(options: {
  em: EntityManager;
  read: FeedReader;
  logger: Logger;
  limit?: number;
  pollMs?: number;
}): { stop(): Promise<void>; kick(): void } {
  const log = options.logger.child({ module: 'case-feed-consumer' });
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const run = async () => {
    if (stopped) return;
    let delay = options.pollMs ?? 1000;
    try {
      const n = await consumeAll(options.em, options.read, { limit: options.limit ?? 1000 });
      if (n > 0) log.info({ events: n }, 'case events projected');
    } catch (error) {
      delay = 5000;
      log.warn({ err: error instanceof Error ? error.name : 'unknown' }, 'case feed not read; retrying');
    }
    if (!stopped)
      timer = setTimeout(() => {
        running = run();
      }, delay);
  };
  running = run();
  return {
    kick: () => {
      if (timer) {
        clearTimeout(timer);
        timer = undefined;
        running = running.then(run);
      }
    },
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
