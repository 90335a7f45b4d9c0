import { randomBytes } from 'node:crypto';
import type { Principal } from '@klageportal/federation';
import { createEventBus, type EventBus } from '@klageportal/notify';
import { startTestService, type TestService, until } from '@klageportal/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, loadConfig } from '../src/index.js';
import { SYNTHETIC_PERSONS } from '../src/store/seed/index.js';

let svc: TestService;
let cases: EventBus;
const heard: { personId: string; notifications: boolean; at: string }[] = [];

beforeAll(async () => {
  svc = await startTestService({
    name: 'identity',
    loadConfig,
    create: createService,
    seed: true,
    env: {
      FNR_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      FNR_HASH_KEY: randomBytes(32).toString('base64'),
      LOGIN_COOKIE_KEY: randomBytes(32).toString('base64'),
      ALLOW_SYNTHETIC_FNR: 'true',
      EVENTS_SCHEMA: 'events',
    },
  });
  // the cases side of the event
  cases = await createEventBus({
    connectionString: String(svc.service.orm.config.get('clientUrl')),
    schema: 'events',
    logger: svc.service.logger,
    pollingIntervalSeconds: 0.5,
  });
  await cases.subscribe('person-consent', async (event) => {
    heard.push(event as (typeof heard)[number]);
  });
});
afterAll(async () => {
  await cases?.stop();
  await svc?.dispose();
});

const person = (name: string) => SYNTHETIC_PERSONS.find((p) => p.displayName === name)!;
const citizen = (id: string, consented: boolean): Principal => ({
  kind: 'citizen',
  personId: id,
  acr: 'idporten-loa-substantial',
  consented,
  actingFor: null,
  actingAs: [],
  sessionRef: 'e'.repeat(64),
});

describe('consent events for other services', () => {
  it('tell every seeded consent at start, then each change, with no name or address', async () => {
    const per = person('Per Klagesen');
    expect(await until(() => heard.find((e) => e.personId === per.id))).toMatchObject({
      notifications: true,
    });
    const kari = person('Kari Testesen');
    expect(heard.some((e) => e.personId === kari.id)).toBe(false); // never answered: nothing to tell

    await svc.graphql('mutation { giveConsent { ok } }', {}, citizen(kari.id, false));
    expect(await until(() => heard.find((e) => e.personId === kari.id && e.notifications))).toBeDefined();
    await svc.graphql('mutation { withdrawConsent { ok } }', {}, citizen(kari.id, true));
    const withdrawn = await until(() => heard.find((e) => e.personId === kari.id && !e.notifications));
    expect(Object.keys(withdrawn).sort()).toEqual(['at', 'notifications', 'personId']);
  });
});
