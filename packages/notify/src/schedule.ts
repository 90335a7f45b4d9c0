import type { Logger } from '@klageportal/kit';
import { PgBoss } from 'pg-boss';
import { safeError } from './safe-error.js';

/**
 * A job that runs on a cron schedule from a PostgreSQL job queue (pg-boss in its own schema): the
 * schedule lives in the database, so it survives restarts and any number of replicas run it once
 * per tick. `run` is also what a one-off job on the same queue does (`runNow`, or a job sent by
 * an operator).
 */
export type ScheduledJob = {
  readonly name: string;
  /** Queues one run now (e.g. after start, or from a test). */
  runNow(): Promise<void>;
  stop(): Promise<void>;
};

export async function startScheduledJob(options: {
  connectionString: string;
  schema: string;
  name: string;
  /** Five-field cron, in `timeZone`. */
  cron: string;
  timeZone: string;
  logger: Logger;
  run: () => Promise<void>;
  pollingIntervalSeconds?: number;
}): Promise<ScheduledJob> {
  const log = options.logger.child({ module: 'jobs', job: options.name });
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: options.schema,
    max: 2,
    application_name: `klageportal-${options.name}`,
  });
  boss.on('error', (error) => log.error({ err: safeError(error) }, 'job queue error'));
  await boss.start();
  try {
    // at most one waiting and one running (policy stately); a tick missed while no instance ran
    // is sent once when one starts again
    await boss.createQueue(options.name, { policy: 'stately', retryLimit: 3, retryDelay: 60 });
    await boss.schedule(options.name, options.cron, {}, { tz: options.timeZone, missed: 'once' });
    await boss.work(options.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () =>
      options.run(),
    );
  } catch (error) {
    await boss.stop({ graceful: false, close: true });
    throw error;
  }
  log.info({ cron: options.cron, timeZone: options.timeZone }, 'scheduled job started');
  return {
    name: options.name,
    runNow: async () => {
      await boss.send(options.name, {});
    },
    stop: () => boss.stop({ graceful: true, close: true, timeout: 10_000 }),
  };
}
