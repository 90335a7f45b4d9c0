import { checkNotificationEmail, err, type Logger, normaliseMobile, ok, type Result } from '@klageportal/kit';
import { type Db, type JobWithMetadata, PgBoss } from 'pg-boss';
import {
  type Channel,
  isChannel,
  isLanguage,
  jobIdForKey,
  type Language,
  type MinSideLink,
  type Notice,
  noticeEmail,
  noticeText,
  notificationJobKey,
} from './domain/notice.js';
import type { EmailSender } from './email-sender.js';
import { NoticeDeliveryError, safeError } from './safe-error.js';
import type { SmsProvider } from './sms.js';

/** What a caller asks for: one notice for one event to one recipient on one channel. */
export type NotificationRequest = {
  /** The event that caused the notice (e.g. the outbox sequence or event id). */
  eventId: string;
  /** An opaque id of the person or party notified: never an address or a name. */
  recipientId: string;
  channel: Channel;
  /** The e-mail address or mobile number to deliver to. */
  address: string;
  language: Language;
};

/** The job as stored in the queue: no link and no text, so no case fact can ride along. */
type NoticeJob = { v: 1; channel: Channel; address: string; language: Language };

export type SendRefusal = 'INVALID_ID' | 'INVALID_CHANNEL' | 'INVALID_LANGUAGE' | 'INVALID_ADDRESS';

export type SendOutcome = {
  /** The queue's job id, derived from the idempotency key. */
  jobId: string;
  /** False when a job with the same key was queued before (it is then not queued again). */
  queued: boolean;
};

export type RetryPolicy = {
  /** Attempts after the first; then the job goes to the dead letters. */
  limit: number;
  /** Seconds before the first retry (doubling each time, with jitter, when `backoff`). */
  delaySeconds: number;
  backoff: boolean;
  /** Longest wait between attempts, in seconds (with `backoff` only). */
  maxDelaySeconds: number;
};

export const DEFAULT_RETRY: RetryPolicy = {
  limit: 8,
  delaySeconds: 30,
  backoff: true,
  maxDelaySeconds: 3_600,
};

export type NotificationQueueOptions = {
  connectionString: string;
  /** PostgreSQL schema pg-boss keeps its tables in (created and migrated on start). */
  schema: string;
  logger: Logger;
  /** Queue name; the dead letters go to `<name>-dead`. */
  name?: string;
  retry?: Partial<RetryPolicy>;
  /** Connections in the queue's pool. */
  poolMax?: number;
};

export type NotificationQueue = {
  readonly names: { queue: string; deadLetter: string };
  /**
   * Queues one notice. Idempotent: the job id is derived from `<eventId>:<recipientId>:<channel>`,
   * so sending the same request again (a relay re-reading its outbox) queues nothing. Pass `db` to
   * insert inside an open transaction (pg-boss adapters).
   */
  send(request: NotificationRequest, options?: { db?: Db }): Promise<Result<SendOutcome, SendRefusal>>;
  /** The state of a job (`created`, `retry`, `active`, `completed`, `failed`, …), or null. */
  jobState(jobId: string): Promise<string | null>;
  /** How many notices gave up after every retry and wait in the dead letters. */
  deadLetterCount(): Promise<number>;
  /** Stops the queue (and any worker on it), waiting a little for a delivery in flight. */
  stop(): Promise<void>;
  /** The pg-boss instance, for `startNotificationWorker` and operations. */
  readonly boss: PgBoss;
};

const ID = /^[A-Za-z0-9._:-]{1,200}$/;

/**
 * The notification queue on PostgreSQL (pg-boss): starts pg-boss in `schema` (creating or
 * migrating its tables), and creates the notice queue with retries and its dead-letter queue.
 */
export async function createNotificationQueue(options: NotificationQueueOptions): Promise<NotificationQueue> {
  const log = options.logger.child({ module: 'notify-queue' });
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const names = { queue: options.name ?? 'notice', deadLetter: `${options.name ?? 'notice'}-dead` };
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: options.schema,
    max: options.poolMax ?? 4,
    application_name: 'klageportal-notify',
    schedule: false,
  });
  // pg-boss errors are about its own SQL and connections, never a job's data; log only their kind
  boss.on('error', (error) => log.error({ err: safeError(error) }, 'notification queue error'));
  boss.on('warning', (warning) => log.warn({ warning: warning.message }, 'notification queue warning'));
  await boss.start();
  try {
    await boss.createQueue(names.deadLetter, { retentionSeconds: 60 * 60 * 24 * 90 });
    await boss.createQueue(names.queue, {
      deadLetter: names.deadLetter,
      retryLimit: retry.limit,
      retryDelay: retry.delaySeconds,
      retryBackoff: retry.backoff,
      ...(retry.backoff ? { retryDelayMax: retry.maxDelaySeconds } : {}),
      expireInSeconds: 120,
    });
  } catch (error) {
    await boss.stop({ graceful: false, close: true });
    throw error;
  }
  log.info({ queue: names.queue, retryLimit: retry.limit }, 'notification queue started');

  return {
    names,
    boss,
    send: async (request, sendOptions) => {
      if (!ID.test(request.eventId) || !ID.test(request.recipientId)) return err('INVALID_ID');
      if (!isChannel(request.channel)) return err('INVALID_CHANNEL');
      if (!isLanguage(request.language)) return err('INVALID_LANGUAGE');
      const address =
        request.channel === 'EMAIL'
          ? checkNotificationEmail(request.address, { isLawyer: false })
          : normaliseMobile(request.address);
      if (!address.ok) return err('INVALID_ADDRESS');
      const jobId = jobIdForKey(notificationJobKey(request));
      const job: NoticeJob = {
        v: 1,
        channel: request.channel,
        address: address.value,
        language: request.language,
      };
      const id = await boss.send(names.queue, job, {
        id: jobId,
        ...(sendOptions?.db ? { db: sendOptions.db } : {}),
      });
      log.info(
        { jobId, channel: request.channel, queued: id !== null },
        id ? 'notice queued' : 'notice already queued',
      );
      return ok({ jobId, queued: id !== null });
    },
    jobState: async (jobId) => {
      const [job] = await boss.findJobs(names.queue, { id: jobId });
      return job?.state ?? null;
    },
    deadLetterCount: async () => (await boss.findJobs(names.deadLetter, { queued: true })).length,
    stop: () => boss.stop({ graceful: true, close: true, timeout: 10_000 }),
  };
}

export type NotificationWorkerOptions = {
  queue: NotificationQueue;
  email: EmailSender;
  sms: SmsProvider;
  /** The Min side address every notice points to (checked with `minSideLink`). */
  link: MinSideLink;
  logger: Logger;
  /** Seconds between polls for new jobs (pg-boss minimum 0.5). */
  pollingIntervalSeconds?: number;
  /** Notices delivered at the same time by this process. */
  concurrency?: number;
};

export type NotificationWorker = { stop(): Promise<void> };

/**
 * Delivers queued notices: builds the text from the language and the configured link only, and
 * sends it by e-mail or SMS. A failed delivery throws, so pg-boss retries it with backoff and
 * moves it to the dead letters after the last try. Logs carry the job id and channel, never the
 * address.
 */
export async function startNotificationWorker(
  options: NotificationWorkerOptions,
): Promise<NotificationWorker> {
  const { queue } = options;
  const log = options.logger.child({ module: 'notify-worker' });

  const deliver = async (job: JobWithMetadata<NoticeJob>) => {
    const data = job.data;
    if (data?.v !== 1 || !isChannel(data.channel) || !isLanguage(data.language) || !data.address) {
      log.error({ jobId: job.id, err: { type: 'InvalidJob' } }, 'notice job malformed; not delivered');
      throw new NoticeDeliveryError('UNKNOWN', { type: 'InvalidJob' });
    }
    const notice: Notice = {
      channel: data.channel,
      address: data.address,
      language: data.language,
      link: options.link,
    };
    const attempt = job.retryCount + 1;
    const started = Date.now();
    try {
      if (notice.channel === 'EMAIL') {
        await options.email.send(notice.address, noticeEmail(notice.language, notice.link));
      } else {
        await options.sms.send(notice.address, noticeText(notice.language, notice.link));
      }
    } catch (error) {
      const cause = safeError(error);
      const final = job.retryCount >= job.retryLimit;
      const fields = {
        jobId: job.id,
        channel: notice.channel,
        attempt,
        retryLimit: job.retryLimit,
        err: cause,
      };
      if (final) log.error(fields, 'notice not delivered after the last attempt; moved to dead letters');
      else log.warn(fields, 'notice not delivered; will retry');
      throw new NoticeDeliveryError(notice.channel, cause);
    }
    log.info(
      { jobId: job.id, channel: notice.channel, attempt, ms: Date.now() - started },
      'notice delivered',
    );
  };

  const workOptions = {
    includeMetadata: true,
    batchSize: 1,
    localConcurrency: options.concurrency ?? 2,
    pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
  } as const;
  const workerId = await queue.boss.work<NoticeJob, void, typeof workOptions>(
    queue.names.queue,
    workOptions,
    async ([job]) => {
      if (job) await deliver(job);
    },
  );
  log.info({ queue: queue.names.queue }, 'notification worker started');
  return {
    stop: async () => {
      await queue.boss.offWork(queue.names.queue, { id: workerId, wait: true });
    },
  };
}
