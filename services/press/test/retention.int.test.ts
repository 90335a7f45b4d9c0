import { startTestService, type TestService, until } from '@klageportal/testkit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteAfter } from '../src/domain/press-service.js';
import { createService, loadConfig } from '../src/index.js';
import { PressInquiryRecord } from '../src/store/entities/index.js';

/**
 * "Opplysningene slettes etter ti år" (seeds/000): the scheduled retention job, on the service's
 * real pg-boss queue, with the service's clock set by the test.
 */
const NOW = new Date('2037-06-01T10:00:00.000Z');
const yearsBefore = (years: number) => {
  const at = new Date(NOW);
  at.setUTCFullYear(at.getUTCFullYear() - years);
  return at;
};
const ELEVEN = '5b0c1f6e-7a2d-4c3b-8e9f-000000000011';
const NINE = '5b0c1f6e-7a2d-4c3b-8e9f-000000000009';
const TEN_TODAY = '5b0c1f6e-7a2d-4c3b-8e9f-000000000010';

let svc: TestService;
let clock = NOW;
beforeAll(async () => {
  svc = await startTestService({
    name: 'press',
    loadConfig,
    create: (config, options) => createService(config, { ...options, deps: { clock: () => clock } }),
  });
  const em = svc.service.orm.em.fork() as EntityManager;
  for (const [id, receivedAt] of [
    [ELEVEN, yearsBefore(11)],
    [NINE, yearsBefore(9)],
    // ten years to the minute ahead of the clock: due one minute from now, not yet
    [TEN_TODAY, new Date(yearsBefore(10).getTime() + 60_000)],
  ] as const) {
    em.create(PressInquiryRecord, {
      id,
      receivedAt,
      channel: 'PHONE',
      newsroom: 'Arkivavisa',
      journalistName: 'Gamle Gunnar Journalist',
      journalistContact: 'gunnar@arkivavisa.example',
      question: 'Et spørsmål fra lenge siden',
      status: 'ANSWERED',
      deleteAfter: deleteAfter(receivedAt),
    });
  }
  await em.flush();
});
afterAll(() => svc?.dispose());

const remaining = async () =>
  (await svc.service.orm.em.fork().find(PressInquiryRecord, {}, { orderBy: { id: 'asc' } })).map((r) => r.id);

async function runJobAndWait(before: number) {
  // a one-off run on the job's own queue, as the schedule sends it
  const runs = () => svc.logs.lines.filter((l) => l.msg === 'press log retention: expired entries deleted');
  const { PgBoss } = await import('pg-boss');
  const boss = new PgBoss({
    connectionString: svc.service.orm.config.get('clientUrl')!,
    schema: 'press_jobs',
  });
  await boss.start();
  try {
    await boss.send('press-retention', {});
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
  await until(() => (runs().length > before ? true : undefined));
  return runs().at(-1)!;
}

describe('the press log retention job', () => {
  it('is scheduled on the database job queue (nightly, Oslo time), not an in-process timer', async () => {
    const rows = await svc.service.orm.em
      .fork()
      .getConnection()
      .execute<{ name: string; cron: string; timezone: string }[]>(
        'select name, cron, timezone from press_jobs.schedule',
      );
    expect(rows).toEqual([{ name: 'press-retention', cron: '30 2 * * *', timezone: 'Europe/Oslo' }]);
  });

  it('deletes the eleven-year-old entry and keeps the nine-year-old one', async () => {
    const line = await runJobAndWait(0);
    expect(await remaining()).toEqual([NINE, TEN_TODAY]);
    expect(line).toMatchObject({ deleted: 1, deleteAfterUpTo: NOW.toISOString() });
  });

  it('deletes an entry the day its ten years are up, on the next run', async () => {
    clock = new Date(NOW.getTime() + 24 * 60 * 60 * 1000);
    const line = await runJobAndWait(1);
    expect(line).toMatchObject({ deleted: 1 });
    expect(await remaining()).toEqual([NINE]);
  });

  it('logs the deletion without names, contacts or questions', () => {
    expect(svc.logs.text()).not.toMatch(/Gunnar|arkivavisa|Arkivavisa|lenge siden/);
  });
});
