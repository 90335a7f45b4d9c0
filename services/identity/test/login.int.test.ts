import { randomBytes } from 'node:crypto';
import { createServiceTestDb } from '@klageportal/testkit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordConsent } from '../src/store/consent.store.js';
import { entities } from '../src/store/entities/index.js';
import { createFnrVault } from '../src/store/fnr-vault.js';
import { createMandate } from '../src/store/mandate.store.js';
import { migrations, migrationsPathTs } from '../src/store/migrations/index.js';
import {
  chooseActingFor,
  completeCitizenLogin,
  completeStaffLogin,
  logout,
  resolveSession,
} from '../src/usecases/login.js';

let db: Awaited<ReturnType<typeof createServiceTestDb>>;
beforeAll(async () => {
  db = await createServiceTestDb({ schema: 'identity', entities, migrations, migrationsPathTs });
});
beforeEach(() => db.clear());
afterAll(() => db?.dispose());

const vault = createFnrVault({ encryptionKey: randomBytes(32), hashKey: randomBytes(32) });
const em = (): EntityManager => db.orm.em.fork() as EntityManager;
const deps = () => ({ em: em(), vault, allowSynthetic: true, maxMs: 120 * 60_000 });
const NOW = new Date('2026-05-01T12:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const IDLE = 30 * 60_000;
const claims = (pid: string, acr = 'idporten-loa-substantial') => ({ pid, acr, sid: 'sid-1' });

// synthetic Tenor numbers of made-up persons
const KARI = '15838512329';
const OLA = '12848540127';
const VERA = '17886415184';
const D_NUMBER = '45838510098';

async function login(pid: string, when = NOW) {
  const result = await completeCitizenLogin(deps(), claims(pid), 'id.token.here', when);
  if (!result.ok) throw new Error(result.code);
  return result.value.cookieValue;
}

describe('citizen login', () => {
  it.each([
    ['a D-number', claims(D_NUMBER), 'D_NUMBER'],
    ['no pid', { acr: 'idporten-loa-high' }, 'NO_FODSELSNUMMER'],
    ['too low a level', claims(KARI, 'idporten-loa-low'), 'LOW_ASSURANCE'],
    ['an eIDAS level', claims(KARI, 'eidas-loa-high'), 'LOW_ASSURANCE'],
  ])('refuses %s', async (_label, c, code) => {
    const result = await completeCitizenLogin(deps(), c, 'id.token.here', NOW);
    expect(result.ok ? 'ok' : result.code).toBe(code);
  });

  it('refuses a synthetic number where synthetic numbers are not allowed (production)', async () => {
    const result = await completeCitizenLogin({ ...deps(), allowSynthetic: false }, claims(KARI), 'x', NOW);
    expect(result.ok ? 'ok' : result.code).not.toBe('ok');
  });

  it('refuses a person who has a guardian; the guardian gets in and may act for them', async () => {
    const vera = await login(VERA);
    const veraPrincipal = await resolveSession(em(), vera, NOW, IDLE);
    const ola = await login(OLA);
    const olaId = (await resolveSession(em(), ola, NOW, IDLE))!;
    if (olaId.kind !== 'citizen' || veraPrincipal?.kind !== 'citizen') throw new Error('expected citizens');
    await createMandate(em(), {
      agentPersonId: veraPrincipal.personId,
      principalPersonId: olaId.personId,
      role: 'GUARDIAN',
      caseNumber: null,
      validFrom: at(-60),
      validUntil: null,
      source: 'test',
    });
    const again = await completeCitizenLogin(deps(), claims(OLA), 'x', at(1));
    expect(again.ok ? 'ok' : again.code).toBe('HAS_GUARDIAN');
    expect((await completeCitizenLogin(deps(), claims(VERA), 'x', at(1))).ok).toBe(true);
  });
});

describe('sessions', () => {
  it('resolve to the citizen, with consent as recorded', async () => {
    const cookie = await login(KARI);
    const before = await resolveSession(em(), cookie, at(1), IDLE);
    expect(before).toMatchObject({ kind: 'citizen', consented: false, actingFor: null });
    if (before?.kind !== 'citizen') throw new Error('expected a citizen');
    expect(before.sessionRef).toMatch(/^[0-9a-f]{64}$/);
    expect(before.sessionRef).not.toBe(cookie);
    await recordConsent(em(), before.personId, at(2));
    expect(await resolveSession(em(), cookie, at(3), IDLE)).toMatchObject({ consented: true });
  });

  it('carry the mandates a citizen acts under, a case mandate too, until the last one ends', async () => {
    const lawyer = (await resolveSession(em(), await login(VERA), NOW, IDLE))!;
    const client = (await resolveSession(em(), await login(KARI), NOW, IDLE))!;
    if (lawyer.kind !== 'citizen' || client.kind !== 'citizen') throw new Error('expected citizens');
    const cookie = await login(VERA);
    const self = (await resolveSession(em(), cookie, NOW, IDLE))!;
    expect(await chooseActingFor(em(), self, client.personId, NOW)).toMatchObject({ ok: false });
    await createMandate(em(), {
      agentPersonId: lawyer.personId,
      principalPersonId: client.personId,
      role: 'LAWYER',
      caseNumber: '26/00101',
      validFrom: at(-60),
      validUntil: at(30),
      source: 'test',
    });
    expect(await chooseActingFor(em(), self, client.personId, at(1))).toMatchObject({ ok: true });
    expect(await resolveSession(em(), cookie, at(2), IDLE)).toMatchObject({
      actingFor: client.personId,
      actingAs: [{ role: 'LAWYER', caseNumber: '26/00101' }],
    });
    expect(await resolveSession(em(), cookie, at(30), IDLE)).toMatchObject({ actingFor: null, actingAs: [] });
  });

  it('end after 30 idle minutes, and each request keeps them alive', async () => {
    const cookie = await login(KARI);
    expect(await resolveSession(em(), cookie, at(29), IDLE)).not.toBeNull();
    expect(await resolveSession(em(), cookie, at(58), IDLE)).not.toBeNull(); // seen at 29
    expect(await resolveSession(em(), cookie, at(89), IDLE)).toBeNull(); // 31 minutes idle
  });

  it('end at their absolute lifetime however busy', async () => {
    const cookie = await login(KARI);
    for (let minute = 20; minute < 120; minute += 20) {
      expect(await resolveSession(em(), cookie, at(minute), IDLE)).not.toBeNull();
    }
    expect(await resolveSession(em(), cookie, at(121), IDLE)).toBeNull();
  });

  it('end at logout, which hands back the ID token for the IdP', async () => {
    const cookie = await login(KARI);
    expect(await logout(em(), cookie, at(1))).toEqual({ idp: 'idporten', idToken: 'id.token.here' });
    expect(await resolveSession(em(), cookie, at(2), IDLE)).toBeNull();
    expect(await resolveSession(em(), 'not-a-session', at(2), IDLE)).toBeNull();
  });

  it('give staff their roles from the staff IdP groups, ignoring unknown groups', async () => {
    const staff = await completeStaffLogin(
      { em: em(), maxMs: 60 * 60_000 },
      { sub: 'pressevakt-per', groups: ['press_officer', 'admin'], sid: 's' },
      'x',
      NOW,
    );
    if (!staff.ok) throw new Error(staff.code);
    expect(await resolveSession(em(), staff.value.cookieValue, at(1), IDLE)).toEqual({
      kind: 'staff',
      staffId: 'pressevakt-per',
      roles: ['press_officer'],
    });
    const none = await completeStaffLogin({ em: em(), maxMs: 1 }, { sub: 'x', groups: ['admin'] }, 'x', NOW);
    expect(none.ok ? 'ok' : none.code).toBe('NOT_ALLOWED');
  });
});
