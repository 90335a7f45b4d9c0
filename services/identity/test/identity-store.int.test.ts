import { randomBytes } from 'node:crypto';
import { createServiceTestDb } from '@klageportal/testkit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hasConsentedToMinSide } from '../src/domain/consent.js';
import {
  type Fodselsnummer,
  findFodselsnummerCandidates,
  parseFodselsnummer,
} from '../src/domain/fodselsnummer.js';
import { hasGuardian, mayActFor } from '../src/domain/mandate.js';
import { sessionState } from '../src/domain/session.js';
import { findConsent, recordConsent, withdrawConsent } from '../src/store/consent.store.js';
import { findContactPoints, setContactPoint } from '../src/store/contact-point.store.js';
import { entities } from '../src/store/entities/index.js';
import { createFnrVault } from '../src/store/fnr-vault.js';
import { createLoaders } from '../src/store/loaders.js';
import {
  createMandate,
  findGuardianMandates,
  findMandatesForAgent,
  findMandatesForPrincipal,
} from '../src/store/mandate.store.js';
import { migrations, migrationsPathTs } from '../src/store/migrations/index.js';
import {
  findFnrOfPerson,
  findOrCreatePersonByFnr,
  findPersonByFnr,
  findPersonsByIds,
} from '../src/store/person.store.js';
import { createSeed, SYNTHETIC_MANDATES, SYNTHETIC_PERSONS } from '../src/store/seed/index.js';
import {
  createSession,
  findSession,
  findSessionIdToken,
  type NewSession,
  revokeSession,
  revokeSessionsByIdpSid,
  sessionRefOf,
  setActingFor,
  touchSession,
} from '../src/store/session.store.js';

let db: Awaited<ReturnType<typeof createServiceTestDb>>;
beforeAll(async () => {
  db = await createServiceTestDb({ schema: 'identity', entities, migrations, migrationsPathTs });
});
beforeEach(() => db.clear());
afterAll(() => db?.dispose());

const vault = createFnrVault({ encryptionKey: randomBytes(32), hashKey: randomBytes(32) });
const fnr = (digits: string): Fodselsnummer => {
  const parsed = parseFodselsnummer(digits, { allowSynthetic: true });
  if (!parsed.ok) throw new Error(parsed.code);
  return parsed.value;
};
const em = (): EntityManager => db.orm.em.fork() as EntityManager;
const NOW = new Date('2026-05-01T12:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

// Synthetic Tenor numbers of persons made up for these tests.
const A = '15838512329';
const B = '12848540127';

async function person(digits: string, name = 'Test Person') {
  return (await findOrCreatePersonByFnr(em(), vault, fnr(digits), name, NOW)).person;
}

describe('persons by fødselsnummer', () => {
  it('creates a person on first sight and finds the same one by number after', async () => {
    const first = await findOrCreatePersonByFnr(em(), vault, fnr(A), 'Testa Testesen', NOW);
    expect(first.created).toBe(true);
    expect(first.person).toEqual({ id: expect.any(String), displayName: 'Testa Testesen', deceasedAt: null });

    const again = await findOrCreatePersonByFnr(em(), vault, fnr(A), 'Another Name', at(5));
    expect(again).toEqual({ person: first.person, created: false });
    expect(await findPersonByFnr(em(), vault, fnr(A))).toEqual(first.person);
    expect(await findPersonByFnr(em(), vault, fnr(B))).toBeNull();
    expect((await findFnrOfPerson(em(), vault, first.person.id))?.value).toBe(A);
    expect(await findFnrOfPerson(em(), vault, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('creates one person when two first logins race', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => findOrCreatePersonByFnr(em(), vault, fnr(A), 'Racer', NOW)),
    );
    expect(new Set(results.map((r) => r.person.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it('stores no fødselsnummer in the clear, only the keyed hash and the ciphertext', async () => {
    const created = await person(A);
    const rows = await em()
      .getConnection()
      .execute<Record<string, unknown>[]>('select * from "identity"."person"');
    expect(rows).toHaveLength(1);
    const text = JSON.stringify(rows);
    expect(text).not.toContain(A);
    expect(findFodselsnummerCandidates(text)).toEqual([]);
    expect(rows[0]).toMatchObject({ id: created.id, fnr_hash: vault.hash(fnr(A)) });
    expect(rows[0]!.fnr_encrypted).toMatch(/^v1:/);
    expect(vault.decrypt(rows[0]!.fnr_encrypted as string).value).toBe(A);
  });

  it('finds nobody with a vault under another hash key', async () => {
    await person(A);
    const other = createFnrVault({ encryptionKey: randomBytes(32), hashKey: randomBytes(32) });
    expect(await findPersonByFnr(em(), other, fnr(A))).toBeNull();
  });
});

describe('contact points', () => {
  it('keeps one current value per kind, and verification only for an unchanged value', async () => {
    const p = await person(A);
    await setContactPoint(em(), { personId: p.id, kind: 'SMS', value: '+4791234567', verifiedAt: NOW }, NOW);
    await setContactPoint(em(), { personId: p.id, kind: 'EMAIL', value: 'a@example.com' }, NOW);
    const same = await setContactPoint(em(), { personId: p.id, kind: 'SMS', value: '+4791234567' }, at(1));
    expect(same).toMatchObject({ value: '+4791234567', verifiedAt: NOW, createdAt: NOW });

    const changed = await setContactPoint(em(), { personId: p.id, kind: 'SMS', value: '+4741234567' }, at(2));
    expect(changed).toMatchObject({ value: '+4741234567', verifiedAt: null, createdAt: at(2) });

    const points = await findContactPoints(em(), p.id);
    expect(points.map((c) => [c.kind, c.value, c.verifiedAt])).toEqual([
      ['EMAIL', 'a@example.com', null],
      ['SMS', '+4741234567', null],
    ]);
  });
});

describe('consent', () => {
  it('records, withdraws and records again, keeping the times', async () => {
    const p = await person(A);
    expect(await findConsent(em(), p.id)).toBeNull();

    const given = await recordConsent(em(), p.id, NOW);
    expect(given).toEqual({ personId: p.id, minSideAt: NOW, notificationsAt: NOW, withdrawnAt: null });
    expect(hasConsentedToMinSide(given)).toBe(true);

    const withdrawn = await withdrawConsent(em(), p.id, at(10));
    expect(withdrawn).toEqual({ ...given, withdrawnAt: at(10) });
    expect(hasConsentedToMinSide(withdrawn)).toBe(false);

    const again = await recordConsent(em(), p.id, at(20));
    expect(again).toEqual({
      personId: p.id,
      minSideAt: at(20),
      notificationsAt: at(20),
      withdrawnAt: at(10),
    });
    expect(hasConsentedToMinSide(again)).toBe(true);
    expect(await findConsent(em(), p.id)).toEqual(again);
  });

  it('records a withdrawal from someone who never consented', async () => {
    const p = await person(A);
    const withdrawn = await withdrawConsent(em(), p.id, NOW);
    expect(withdrawn).toEqual({ personId: p.id, minSideAt: null, notificationsAt: null, withdrawnAt: NOW });
    expect(hasConsentedToMinSide(withdrawn)).toBe(false);
  });
});

describe('mandates', () => {
  it('answers who may act for whom, when and on which case', async () => {
    const lawyer = await person(A, 'Lawyer');
    const client = await person(B, 'Client');
    const guardian = await person('03879231042', 'Guardian');
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const base = { agentPersonId: lawyer.id, principalPersonId: client.id, source: 'test' } as const;
    await createMandate(em(), {
      ...base,
      role: 'LAWYER',
      caseNumber: '26/00101',
      validFrom: day('2026-01-01'),
      validUntil: null,
    });
    await createMandate(em(), {
      ...base,
      role: 'PROXY',
      caseNumber: null,
      validFrom: day('2026-01-01'),
      validUntil: day('2026-04-01'),
    });
    await createMandate(em(), {
      agentPersonId: guardian.id,
      principalPersonId: client.id,
      role: 'GUARDIAN',
      caseNumber: null,
      validFrom: day('2026-06-01'),
      validUntil: null,
      source: 'test',
    });

    const forLawyer = await findMandatesForAgent(em(), lawyer.id);
    expect(forLawyer.map((m) => m.role).sort()).toEqual(['LAWYER', 'PROXY']);
    expect(mayActFor(forLawyer, lawyer.id, client.id, NOW, '26/00101')).toEqual(['LAWYER']);
    expect(mayActFor(forLawyer, lawyer.id, client.id, NOW, '26/00102')).toEqual([]);
    expect(mayActFor(forLawyer, lawyer.id, client.id, NOW)).toEqual([]);
    expect(mayActFor(forLawyer, lawyer.id, client.id, day('2026-03-01'), '26/00101')).toEqual([
      'LAWYER',
      'PROXY',
    ]);

    expect((await findMandatesForPrincipal(em(), client.id)).map((m) => m.role).sort()).toEqual([
      'GUARDIAN',
      'LAWYER',
      'PROXY',
    ]);
    const guardians = await findGuardianMandates(em(), client.id);
    expect(guardians.map((m) => m.agentPersonId)).toEqual([guardian.id]);
    expect(hasGuardian(guardians, client.id, NOW)).toBe(false); // starts in June
    expect(hasGuardian(guardians, client.id, day('2026-06-01'))).toBe(true);
    expect(await findGuardianMandates(em(), lawyer.id)).toEqual([]);
  });
});

describe('sessions', () => {
  const citizen = (personId: string, over: Partial<NewSession> = {}): NewSession => ({
    kind: 'CITIZEN',
    personId,
    loa: 'idporten-loa-high',
    idp: 'idporten',
    idpSid: 'sid-1',
    idToken: 'header.payload.signature',
    absoluteExpiresAt: at(8 * 60),
    ...over,
  });

  it('creates a session with a 256-bit random cookie value, storing only its hash', async () => {
    const p = await person(A);
    const s = await createSession(em(), citizen(p.id), NOW);
    expect(s.cookieValue).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(s.cookieValue, 'base64url')).toHaveLength(32);
    expect(s.id).toBe(sessionRefOf(s.cookieValue));
    const raw = await em().getConnection().execute('select id from identity.session');
    expect(JSON.stringify(raw)).not.toContain(s.cookieValue);
    expect(s).toMatchObject({
      kind: 'CITIZEN',
      personId: p.id,
      staffRoles: [],
      createdAt: NOW,
      lastSeenAt: NOW,
    });
    expect(s).not.toHaveProperty('idToken');
    const { cookieValue: _cookie, ...stored } = s;
    expect(await findSession(em(), s.id)).toEqual(stored);
    expect(await findSessionIdToken(em(), s.id)).toBe('header.payload.signature');
    expect(await findSession(em(), 'no-such-session')).toBeNull();

    const other = await createSession(em(), citizen(p.id), NOW);
    expect(other.id).not.toBe(s.id);
  });

  it('keeps staff roles', async () => {
    const s = await createSession(
      em(),
      {
        kind: 'STAFF',
        staffId: 'staff-42',
        staffRoles: ['CASE_OFFICER', 'PRESS'],
        idp: 'ansatt',
        idToken: 't',
        absoluteExpiresAt: at(60),
      },
      NOW,
    );
    expect(await findSession(em(), s.id)).toMatchObject({
      kind: 'STAFF',
      staffId: 'staff-42',
      personId: null,
      staffRoles: ['CASE_OFFICER', 'PRESS'],
    });
  });

  it('lives while used, expires after 30 idle minutes, and ends at its absolute limit', async () => {
    const p = await person(A);
    const s = await createSession(em(), citizen(p.id, { absoluteExpiresAt: at(60) }), NOW);
    const stateAt = async (t: Date) => sessionState((await findSession(em(), s.id))!, t);

    expect(await stateAt(at(29))).toBe('ACTIVE');
    expect(await stateAt(at(30))).toBe('IDLE_EXPIRED');

    // Used every 20 minutes: never idle, but over at the absolute limit all the same.
    for (const t of [20, 40]) expect(await touchSession(em(), s.id, at(t))).toBe(true);
    expect((await findSession(em(), s.id))!.lastSeenAt).toEqual(at(40));
    expect(await stateAt(at(59))).toBe('ACTIVE');
    expect(await touchSession(em(), s.id, at(59))).toBe(true);
    expect(await stateAt(at(60))).toBe('EXPIRED');
  });

  it('revokes one session at logout, once', async () => {
    const p = await person(A);
    const s = await createSession(em(), citizen(p.id), NOW);
    const kept = await createSession(em(), citizen(p.id), NOW);
    expect(await revokeSession(em(), s.id, at(1))).toBe(true);
    expect(await revokeSession(em(), s.id, at(2))).toBe(false);
    const revoked = (await findSession(em(), s.id))!;
    expect(revoked.revokedAt).toEqual(at(1));
    expect(sessionState(revoked, at(1))).toBe('REVOKED');
    expect(await touchSession(em(), s.id, at(3))).toBe(false);
    expect(sessionState((await findSession(em(), kept.id))!, at(3))).toBe('ACTIVE');
  });

  it("revokes every live session of the identity provider's sid, and only those", async () => {
    const p = await person(A);
    const q = await person(B);
    const a1 = await createSession(em(), citizen(p.id, { idpSid: 'sid-A' }), NOW);
    const a2 = await createSession(em(), citizen(q.id, { idpSid: 'sid-A' }), NOW);
    const b = await createSession(em(), citizen(p.id, { idpSid: 'sid-B' }), NOW);
    const staff = await createSession(
      em(),
      {
        kind: 'STAFF',
        staffId: 's1',
        idp: 'ansatt',
        idpSid: 'sid-A',
        idToken: 't',
        absoluteExpiresAt: at(60),
      },
      NOW,
    );
    const none = await createSession(em(), citizen(p.id, { idpSid: null }), NOW);

    expect(await revokeSessionsByIdpSid(em(), 'idporten', 'sid-A', at(5))).toBe(2);
    expect(await revokeSessionsByIdpSid(em(), 'idporten', 'sid-A', at(6))).toBe(0);
    const states = async (ids: string[]) =>
      Promise.all(ids.map(async (id) => sessionState((await findSession(em(), id))!, at(7))));
    expect(await states([a1.id, a2.id])).toEqual(['REVOKED', 'REVOKED']);
    expect(await states([b.id, staff.id, none.id])).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE']);
    expect((await findSession(em(), a1.id))!.revokedAt).toEqual(at(5));
  });

  it('sets and clears whom the session acts for, never on a revoked session', async () => {
    const lawyer = await person(A);
    const client = await person(B);
    const s = await createSession(em(), citizen(lawyer.id), NOW);
    expect(await setActingFor(em(), s.id, client.id)).toBe(true);
    expect((await findSession(em(), s.id))!.actingForPersonId).toBe(client.id);
    expect(await setActingFor(em(), s.id, null)).toBe(true);
    expect((await findSession(em(), s.id))!.actingForPersonId).toBeNull();
    await revokeSession(em(), s.id, at(1));
    expect(await setActingFor(em(), s.id, client.id)).toBe(false);
  });
});

describe('seed', () => {
  it('is idempotent and makes every synthetic person findable by number only through the vault', async () => {
    const seed = createSeed(vault);
    await seed(em(), NOW);
    await seed(em(), at(60));

    const count = (table: string) =>
      em()
        .getConnection()
        .execute<{ n: string }[]>(`select count(*)::int as n from "identity"."${table}"`)
        .then((r) => Number(r[0]!.n));
    expect(await count('person')).toBe(SYNTHETIC_PERSONS.length);
    expect(await count('mandate')).toBe(SYNTHETIC_MANDATES.length);
    expect(await count('consent')).toBe(SYNTHETIC_PERSONS.filter((p) => p.consented).length);

    for (const p of SYNTHETIC_PERSONS) {
      const found = await findPersonByFnr(em(), vault, fnr(p.fnr));
      expect(found).toEqual({ id: p.id, displayName: p.displayName, deceasedAt: p.deceasedAt });
    }
    const rows = await em().getConnection().execute('select * from "identity"."person"');
    const text = JSON.stringify(rows);
    for (const p of SYNTHETIC_PERSONS) expect(text).not.toContain(p.fnr);
    expect(findFodselsnummerCandidates(text)).toEqual([]);
  });

  it('gives Kari contact points but no consent, Ola a guardian, and Anne a mandate on 26/00101', async () => {
    await createSeed(vault)(em(), NOW);
    const [kari, ola, anne, vera] = SYNTHETIC_PERSONS;
    expect((await findContactPoints(em(), kari.id)).map((c) => c.kind)).toEqual(['EMAIL', 'SMS']);
    expect(hasConsentedToMinSide(await findConsent(em(), kari.id))).toBe(false);
    expect(hasConsentedToMinSide(await findConsent(em(), SYNTHETIC_PERSONS[4].id))).toBe(true);

    const olasGuardians = await findGuardianMandates(em(), ola.id);
    expect(hasGuardian(olasGuardians, ola.id, NOW)).toBe(true);
    expect(olasGuardians.map((m) => m.agentPersonId)).toEqual([vera.id]);
    expect(hasGuardian(await findGuardianMandates(em(), kari.id), kari.id, NOW)).toBe(false);

    const annes = await findMandatesForAgent(em(), anne.id);
    expect(mayActFor(annes, anne.id, kari.id, NOW, '26/00101')).toEqual(['LAWYER']);
    expect(mayActFor(annes, anne.id, kari.id, NOW, '26/00102')).toEqual([]);
  });
});

describe('loaders', () => {
  it('batch each kind of look-up into one statement', async () => {
    await createSeed(vault)(em(), NOW);
    const ids = SYNTHETIC_PERSONS.map((p) => p.id);
    const loaders = createLoaders(em());
    const sql = db.countQueries();
    const [persons, contactPoints, consents, asAgent, asPrincipal] = await Promise.all([
      loaders.personById.loadMany(ids),
      loaders.contactPointsByPersonId.loadMany(ids),
      loaders.consentByPersonId.loadMany(ids),
      loaders.mandatesByAgentId.loadMany(ids),
      loaders.mandatesByPrincipalId.loadMany(ids),
    ]);
    expect(sql.count()).toBe(5);
    expect(persons.map((p) => (p as { id: string }).id)).toEqual(ids);
    expect(contactPoints.map((c) => (c as unknown[]).length)).toEqual(
      SYNTHETIC_PERSONS.map((p) => Number(p.mobile !== null) + Number(p.email !== null)),
    );
    expect(consents.map((c) => c !== null)).toEqual(SYNTHETIC_PERSONS.map((p) => p.consented));
    expect(asAgent.flat()).toHaveLength(SYNTHETIC_MANDATES.length);
    expect(asPrincipal.flat()).toHaveLength(SYNTHETIC_MANDATES.length);
    expect(await findPersonsByIds(em(), [])).toEqual([]);
  });
});
