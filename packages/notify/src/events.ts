import type { Logger } from '@klageportal/kit';
import { PgBoss } from 'pg-boss';
import { jobIdForKey } from './domain/notice.js';
import { safeError } from './safe-error.js';

/**
 * Events between services, on a pg-boss queue per topic in a schema of its own (no service's
 * tables): one service publishes, another consumes, each knowing only the topic and the payload's
 * shape. Delivery is at least once and in no guaranteed order: a consumer keeps the newest by the
 * payload's own time. Publishing the same `key` again is a no-op while pg-boss keeps the job.
 */
export type EventBus = {
  publish(topic: string, payload: Record<string, unknown>, options: { key: string }): Promise<void>;
  subscribe(topic: string, handler: (payload: Record<string, unknown>) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
};

export async function createEventBus(options: {
  connectionString: string;
  schema: string;
  logger: Logger;
  pollingIntervalSeconds?: number;
}): Promise<EventBus> {
  const log = options.logger.child({ module: 'events' });
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: options.schema,
    max: 2,
    application_name: 'klageportal-events',
    schedule: false,
  });
  boss.on('error', (error) => log.error({ err: safeError(error) }, 'event bus error'));
  await boss.start();
  const created = new Set<string>();
  const ensure = async (topic: string) => {
    if (created.has(topic)) return;
    await boss.createQueue(topic, { retryLimit: 10, retryDelay: 5, retryBackoff: true });
    created.add(topic);
  };
  return {
    async publish(topic, payload, { key }) {
      await ensure(topic);
      await boss.send(topic, payload, { id: jobIdForKey(`${topic}:${key}`) });
    },
    async subscribe(topic, handler) {
      await ensure(topic);
      await boss.work<Record<string, unknown>>(
        topic,
        { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
        async (jobs) => {
          for (const job of jobs) await handler(job.data);
        },
      );
    },
    stop: () => boss.stop({ graceful: true, close: true, timeout: 10_000 }),
  };
}
