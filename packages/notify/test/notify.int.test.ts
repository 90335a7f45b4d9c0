import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type MailCatcher, startMailCatcher } from '@klageportal/devstack';
import { createLogger } from '@klageportal/kit';
import { createEmptyDatabase } from '@klageportal/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createNotificationQueue,
  createRecordingSmsProvider,
  createSmtpEmailSender,
  type EmailSender,
  type MinSideLink,
  minSideLink,
  type NotificationQueue,
  type NotificationWorker,
  noticeEmail,
  noticeText,
  type RecordingSmsProvider,
  startNotificationWorker,
} from '../src/index.js';

/*
 * The notification queue against a real PostgreSQL (pg-boss in its own schema) and the real
 * local mail catcher over SMTP. Timings are short: polling every 0.5 s, retries after 1 s.
 */

const link = (() => {
  const checked = minSideLink('http://127.0.0.1:5173/min-side');
  if (!checked.ok) throw new Error('link');
  return checked.value;
})() as MinSideLink;

/** Every address and name the tests use: none may appear in any log line. */
const PERSONAL = [
  'kari.testesen@example.no',
  'ola.normann@example.no',
  'per.retry@example.no',
  'anne.dead@example.no',
  '+4791234567',
  '91234567',
  '+4741234567',
  '41234567',
  'Kari',
  'Testesen',
];

let db: Awaited<ReturnType<typeof createEmptyDatabase>>;
let catcher: MailCatcher;
let smtpPort: number;
let queue: NotificationQueue;
let worker: NotificationWorker;
let email: EmailSender;
let sms: RecordingSmsProvider;
let smsDir: string;
const logLines: string[] = [];
const logger = createLogger({
  service: 'notify-test',
  level: 'debug',
  destination: { write: (line: string) => void logLines.push(line) },
});

beforeAll(async () => {
  db = await createEmptyDatabase('klageportal_notify');
  catcher = await startMailCatcher({ smtpPort: 0, uiPort: 0 });
  smtpPort = catcher.smtp.port;
  smsDir = await mkdtemp(join(tmpdir(), 'klageportal-sms-'));
  queue = await createNotificationQueue({
    connectionString: db.url,
    schema: 'notify',
    logger,
    retry: { limit: 6, delaySeconds: 1, backoff: false },
  });
  email = createSmtpEmailSender({
    host: '127.0.0.1',
    port: smtpPort,
    from: 'Nasjonalt klageorgan for helsetjenesten <ikke-svar@klageportal.example>',
    timeoutMs: 2_000,
  });
  sms = createRecordingSmsProvider({ file: join(smsDir, 'sms.jsonl') });
  worker = await startNotificationWorker({ queue, email, sms, link, logger, pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  await worker?.stop();
  await queue?.stop();
  email?.close();
  await catcher?.stop();
  await db?.drop();
  if (smsDir) await rm(smsDir, { recursive: true, force: true });
});

const mailsTo = (address: string) => catcher.messages().filter((m) => m.recipients.includes(address));
const logsOf = (jobId: string) =>
  logLines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.jobId === jobId);

describe('e-mail notices', () => {
  it('a queued e-mail notice arrives at the mail catcher, saying only that something new is waiting', async () => {
    const sent = await queue.send({
      eventId: 'ev-1001',
      recipientId: 'person-1',
      channel: 'EMAIL',
      address: 'kari.testesen@example.no',
      language: 'nb',
    });
    expect(sent.ok).toBe(true);
    await expect.poll(() => mailsTo('kari.testesen@example.no').length, { timeout: 15_000 }).toBe(1);
    const [mail] = mailsTo('kari.testesen@example.no');
    const expected = noticeEmail('nb', link);
    expect(mail!.subject).toBe(expected.subject);
    expect(mail!.text.trim()).toBe(expected.text);
    expect(mail!.text).toContain('http://127.0.0.1:5173/min-side');
    if (sent.ok) await expect.poll(() => queue.jobState(sent.value.jobId)).toBe('completed');
  });

  it('the same job key sent twice is delivered once', async () => {
    const request = {
      eventId: 'ev-1002',
      recipientId: 'person-2',
      channel: 'EMAIL',
      address: 'ola.normann@example.no',
      language: 'nn',
    } as const;
    const [first, second] = await Promise.all([queue.send(request), queue.send(request)]);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.value.jobId).toBe(second.value.jobId);
    expect([first.value.queued, second.value.queued].sort()).toEqual([false, true]);
    await expect.poll(() => mailsTo('ola.normann@example.no').length, { timeout: 15_000 }).toBe(1);
    await expect.poll(() => queue.jobState(first.value.jobId)).toBe('completed');

    // sent again after delivery (an outbox relay that re-reads its events): still nothing new
    const again = await queue.send(request);
    expect(again).toEqual({ ok: true, value: { jobId: first.value.jobId, queued: false } });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(mailsTo('ola.normann@example.no')).toHaveLength(1);
    expect(mailsTo('ola.normann@example.no')[0]!.subject).toBe(noticeEmail('nn', link).subject);

    // another channel or event for the same person is another notice
    const otherEvent = await queue.send({ ...request, eventId: 'ev-1003' });
    expect(otherEvent.ok && otherEvent.value.queued).toBe(true);
    await expect.poll(() => mailsTo('ola.normann@example.no').length, { timeout: 15_000 }).toBe(2);
  });

  it('when the mail server is down the notice is retried, and delivered once it is back', async () => {
    await catcher.stop();
    const sent = await queue.send({
      eventId: 'ev-1004',
      recipientId: 'person-3',
      channel: 'EMAIL',
      address: 'per.retry@example.no',
      language: 'en',
    });
    if (!sent.ok) throw new Error(sent.code);
    const { jobId } = sent.value;
    await expect
      .poll(() => logsOf(jobId).filter((l) => l.msg === 'notice not delivered; will retry').length, {
        timeout: 15_000,
      })
      .toBeGreaterThanOrEqual(2);
    const failure = logsOf(jobId).find((l) => l.msg === 'notice not delivered; will retry')!;
    expect(failure).toMatchObject({
      channel: 'EMAIL',
      level: 40,
      err: { code: expect.stringMatching(/^E(SOCKET|CONNECTION)$/) },
    });

    catcher = await startMailCatcher({ smtpPort, uiPort: 0 });
    await expect.poll(() => mailsTo('per.retry@example.no').length, { timeout: 15_000 }).toBe(1);
    expect(mailsTo('per.retry@example.no')[0]!.subject).toBe(noticeEmail('en', link).subject);
    await expect.poll(() => queue.jobState(jobId)).toBe('completed');
    const delivered = logsOf(jobId).find((l) => l.msg === 'notice delivered')!;
    expect(delivered.attempt).toBeGreaterThanOrEqual(3);
  });
});

describe('SMS notices', () => {
  it('are recorded by the development provider, in memory and in its file', async () => {
    const sent = await queue.send({
      eventId: 'ev-2001',
      recipientId: 'person-1',
      channel: 'SMS',
      address: '912 34 567',
      language: 'en',
    });
    expect(sent.ok).toBe(true);
    await expect.poll(() => sms.messages().length, { timeout: 15_000 }).toBe(1);
    expect(sms.messages()[0]).toMatchObject({ to: '+4791234567', text: noticeText('en', link) });
    const lines = (await readFile(join(smsDir, 'sms.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(sms.messages());
  });
});

describe('refused requests', () => {
  it.each([
    [{ address: 'not-an-address' }, 'INVALID_ADDRESS'],
    [{ channel: 'SMS', address: '+46701234567' }, 'INVALID_ADDRESS'],
    [{ recipientId: 'kari.testesen@example.no' }, 'INVALID_ID'],
    [{ eventId: '' }, 'INVALID_ID'],
    [{ channel: 'LETTER' }, 'INVALID_CHANNEL'],
    [{ language: 'sv' }, 'INVALID_LANGUAGE'],
  ])('%o is refused with %s', async (change, code) => {
    const request = {
      eventId: 'ev-3001',
      recipientId: 'person-9',
      channel: 'EMAIL',
      address: 'kari.testesen@example.no',
      language: 'nb',
      ...change,
    };
    expect(await queue.send(request as Parameters<NotificationQueue['send']>[0])).toEqual({
      ok: false,
      code,
    });
  });
});

describe('dead letters', () => {
  it('a notice that fails every attempt ends in the dead letters', async () => {
    const deadQueue = await createNotificationQueue({
      connectionString: db.url,
      schema: 'notify',
      name: 'notice-deadtest',
      logger,
      retry: { limit: 1, delaySeconds: 1, backoff: false },
    });
    const failingSms = {
      send: async () => {
        throw Object.assign(new Error('rejected +4741234567'), { code: 'EPROVIDER' });
      },
    };
    const deadWorker = await startNotificationWorker({
      queue: deadQueue,
      email,
      sms: failingSms,
      link,
      logger,
      pollingIntervalSeconds: 0.5,
    });
    try {
      const sent = await deadQueue.send({
        eventId: 'ev-4001',
        recipientId: 'person-4',
        channel: 'SMS',
        address: '41234567',
        language: 'nb',
      });
      if (!sent.ok) throw new Error(sent.code);
      await expect.poll(() => deadQueue.deadLetterCount(), { timeout: 15_000 }).toBe(1);
      expect(await deadQueue.jobState(sent.value.jobId)).toBe('failed');
      const last = logsOf(sent.value.jobId).find((l) => l.level === 50)!;
      expect(last).toMatchObject({ attempt: 2, err: { code: 'EPROVIDER' } });
    } finally {
      await deadWorker.stop();
      await deadQueue.stop();
    }
  });
});

describe('logs', () => {
  it('name jobs and channels, but never an address or a name', () => {
    const text = logLines.join('\n');
    expect(text).toContain('notice delivered');
    expect(text).toContain('"channel":"SMS"');
    for (const value of PERSONAL) expect(text).not.toContain(value);
  });
});
