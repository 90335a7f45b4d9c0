import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type MailCatcher, startMailCatcher } from '@klageportal/devstack';
import { createEventBus, type EventBus } from '@klageportal/notify';
import { startTestService, type TestService, until } from '@klageportal/testkit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, loadConfig } from '../src/index.js';
import { addParty, OFFICER, registerCase } from './fixture.js';

let svc: TestService;
let catcher: MailCatcher;
let identity: EventBus;
let smsFile: string;

beforeAll(async () => {
  catcher = await startMailCatcher({ smtpPort: 0, uiPort: 0 });
  smsFile = join(await mkdtemp(join(tmpdir(), 'kp-sms-')), 'sms.jsonl');
  svc = await startTestService({
    name: 'cases',
    loadConfig,
    create: createService,
    seed: true,
    env: {
      EVENTS_SCHEMA: 'events',
      MIN_SIDE_URL: 'http://127.0.0.1:5173/',
      SMTP_HOST: catcher.smtp.host,
      SMTP_PORT: String(catcher.smtp.port),
      SMS_OUTBOX_FILE: smsFile,
    },
  });
  // identity's side of the event: who consents to notices
  identity = await createEventBus({
    connectionString: String(svc.service.orm.config.get('clientUrl')),
    schema: 'events',
    logger: svc.service.logger,
    pollingIntervalSeconds: 1,
  });
});
afterAll(async () => {
  await identity?.stop();
  await svc?.dispose();
  await catcher?.stop();
});

const em = () => svc.service.orm.em.fork() as EntityManager;
const consent = (personId: string, notifications: boolean, at: string) =>
  identity.publish('person-consent', { personId, notifications, at }, { key: `${personId}:${at}` });

const consentOf = async (personId: string) => {
  const [row] = await em().execute<{ notifications: boolean }[]>(
    'select notifications from cases.notification_consent where person_id = ?',
    [personId],
  );
  return row?.notifications;
};
const relayedUpTo = async () => {
  const [row] = await em().execute<{ last: string | null; max: string | null }[]>(
    `select (select last_seq from cases.outbox_cursor where consumer = 'notifications') as last,
            (select max(seq) from cases.outbox) as max`,
  );
  return row && row.last !== null && row.last === row.max ? row.last : undefined;
};
const changeStatus = (caseId: string, to: string) =>
  svc.graphql(
    'mutation($i: ChangeCaseStatusInput!) { changeCaseStatus(input: $i) { ok error { code } } }',
    { i: { caseId, to } },
    OFFICER,
  );

describe('notifications', () => {
  it('tell consenting parties, by e-mail and SMS, only that something new is waiting', async () => {
    const [complainant, lawyer] = [randomUUID(), randomUUID()];
    await consent(complainant, true, '2026-05-01T10:00:00Z');
    await consent(lawyer, false, '2026-05-01T10:00:00Z');
    await until(async () =>
      (await consentOf(complainant)) === true && (await consentOf(lawyer)) === false ? true : undefined,
    );

    const c = await registerCase(svc);
    await addParty(svc, c.id, {
      role: 'COMPLAINANT',
      personId: complainant,
      name: 'Kari Varsel',
      mobile: '91234567',
      email: 'kari.varsel@example.com',
    });
    await addParty(svc, c.id, {
      role: 'LAWYER',
      personId: lawyer,
      email: 'anne.varsel@advokatfirma.example',
    });
    await changeStatus(c.id, 'UNDER_PREPARATION');

    const mail = await until(() =>
      catcher.messages().find((m) => m.recipients.includes('kari.varsel@example.com')),
    );
    expect(mail.text).toContain('http://127.0.0.1:5173');
    for (const secret of [c.caseNumber, 'PSN', 'Pasientskade', 'Kari', 'UNDER_PREPARATION', 'Under']) {
      expect(`${mail.subject}\n${mail.text}`).not.toContain(secret);
    }
    const sms = await until(async () => {
      const lines = (await readFile(smsFile, 'utf8').catch(() => '')).trim().split('\n').filter(Boolean);
      return lines.find((l) => l.includes('+4791234567'));
    });
    expect(sms).not.toContain(c.caseNumber);
    await until(relayedUpTo);
    expect(catcher.messages().some((m) => m.recipients.includes('anne.varsel@advokatfirma.example'))).toBe(
      false,
    );
    // no address or name in any log line
    const logs = svc.logs.text();
    for (const personal of ['kari.varsel@example.com', '+4791234567', 'Kari Varsel', 'anne.varsel']) {
      expect(logs).not.toContain(personal);
    }
  });

  it('stop when consent is withdrawn, and an older event never undoes a newer one', async () => {
    const person = randomUUID();
    await consent(person, true, '2026-05-01T10:00:00Z');
    await until(async () => ((await consentOf(person)) === true ? true : undefined));
    await consent(person, false, '2026-06-01T10:00:00Z');
    await until(async () => ((await consentOf(person)) === false ? true : undefined));
    await consent(person, true, '2026-05-15T10:00:00Z'); // late, older
    const c = await registerCase(svc);
    await addParty(svc, c.id, { role: 'COMPLAINANT', personId: person, email: 'trukket@example.com' });
    await changeStatus(c.id, 'UNDER_PREPARATION');
    await until(relayedUpTo);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await consentOf(person)).toBe(false);
    expect(catcher.messages().some((m) => m.recipients.includes('trukket@example.com'))).toBe(false);
  });
});
