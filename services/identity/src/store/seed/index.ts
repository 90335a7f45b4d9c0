import type { EntityManager } from '@mikro-orm/postgresql';
import { type Fodselsnummer, parseFodselsnummer } from '../../domain/fodselsnummer.js';
import type { Mandate } from '../../domain/mandate.js';
import { ConsentRecord, ContactPointRecord, MandateRecord, PersonRecord } from '../entities/index.js';
import type { FnrVault } from '../fnr-vault.js';

export type SyntheticPerson = {
  id: string;
  displayName: string;
  /** A synthetic Tenor fødselsnummer (month + 80): never a real person's. */
  fnr: string;
  note: string;
  /** Normalised contact points (`+47…`, addresses under reserved example domains), or null. */
  mobile: string | null;
  email: string | null;
  /** Consent to Min side and notifications already given at seed time. */
  consented: boolean;
  deceasedAt: Date | null;
};

/**
 * Synthetic persons only: names from no real register, Tenor test numbers (month + 80) with
 * correct check digits. The first three ids are the ones other services' seeds refer to.
 */
export const SYNTHETIC_PERSONS = [
  {
    id: '0b7c2a52-5f7e-4c1e-8f2a-000000000001',
    displayName: 'Kari Testesen',
    fnr: '12848540127',
    note: 'Complainant on 26/00101, mobile and e-mail registered; has NOT yet consented (first-login flow).',
    mobile: '+4791000001',
    email: 'kari.testesen@example.com',
    consented: false,
    deceasedAt: null,
  },
  {
    id: '0b7c2a52-5f7e-4c1e-8f2a-000000000002',
    displayName: 'Ola Prøvesen',
    fnr: '03879231042',
    note: 'Has a guardian (Verge Vera Hjelper): may not use Min side himself.',
    mobile: '+4791000002',
    email: 'ola.provesen@example.com',
    consented: false,
    deceasedAt: null,
  },
  {
    id: '0b7c2a52-5f7e-4c1e-8f2a-000000000003',
    displayName: 'Advokat Anne Eksempel',
    fnr: '25867122098',
    note: 'Lawyer with a direct e-mail address; LAWYER mandate for Kari Testesen on case 26/00101.',
    mobile: '+4791000003',
    email: 'anne.eksempel@advokatfirma.example',
    consented: true,
    deceasedAt: null,
  },
  {
    id: '0b7c2a52-5f7e-4c1e-8f2a-000000000004',
    displayName: 'Verge Vera Hjelper',
    fnr: '17886415184',
    note: 'Guardian (verge) of Ola Prøvesen, general GUARDIAN mandate; uses Min side for him.',
    mobile: '+4791000004',
    email: 'vera.hjelper@example.com',
    consented: true,
    deceasedAt: null,
  },
  {
    id: '0b7c2a52-5f7e-4c1e-8f2a-000000000005',
    displayName: 'Per Klagesen',
    fnr: '09857826040',
    note: 'Complainant who has already consented: goes straight to his cases.',
    mobile: '+4741000005',
    email: 'per.klagesen@example.com',
    consented: true,
    deceasedAt: null,
  },
  {
    id: '0b7c2a52-5f7e-4c1e-8f2a-000000000006',
    displayName: 'Etterlatt Eva Minnesen',
    fnr: '22918048034',
    note: 'Surviving relative of Arne Minnesen (SURVIVING_RELATIVE mandate, general).',
    mobile: '+4791000006',
    email: 'eva.minnesen@example.com',
    consented: true,
    deceasedAt: null,
  },
  {
    id: '0b7c2a52-5f7e-4c1e-8f2a-000000000007',
    displayName: 'Arne Minnesen',
    fnr: '05844712024',
    note: 'Deceased complainant; his surviving relative Eva Minnesen acts for him.',
    mobile: null,
    email: null,
    consented: false,
    deceasedAt: new Date('2025-09-14T00:00:00Z'),
  },
] as const satisfies readonly SyntheticPerson[];

const [KARI, OLA, ANNE, VERA, , EVA, ARNE] = SYNTHETIC_PERSONS.map((p): string => p.id) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

/** Synthetic mandates between the synthetic persons. */
export const SYNTHETIC_MANDATES: readonly Mandate[] = [
  {
    id: '5e1f3a9c-7d2b-4e8a-9c41-000000000001',
    agentPersonId: ANNE,
    principalPersonId: KARI,
    role: 'LAWYER',
    caseNumber: '26/00101',
    validFrom: new Date('2026-01-10T00:00:00Z'),
    validUntil: null,
    source: 'seed: power of attorney filed on 26/00101',
  },
  {
    id: '5e1f3a9c-7d2b-4e8a-9c41-000000000002',
    agentPersonId: VERA,
    principalPersonId: OLA,
    role: 'GUARDIAN',
    caseNumber: null,
    validFrom: new Date('2024-03-01T00:00:00Z'),
    validUntil: null,
    source: 'seed: guardianship (vergemål) register extract',
  },
  {
    id: '5e1f3a9c-7d2b-4e8a-9c41-000000000003',
    agentPersonId: EVA,
    principalPersonId: ARNE,
    role: 'SURVIVING_RELATIVE',
    caseNumber: null,
    validFrom: new Date('2025-10-01T00:00:00Z'),
    validUntil: null,
    source: 'seed: probate certificate (skifteattest)',
  },
];

/** The seed's numbers, parsed: a number that does not pass the parser is a bug in the seed. */
export function syntheticFnr(person: Pick<SyntheticPerson, 'fnr'>): Fodselsnummer {
  const parsed = parseFodselsnummer(person.fnr, { allowSynthetic: true });
  if (!parsed.ok || parsed.value.synthetic !== 'TENOR') {
    throw new Error(`seed: not a synthetic Tenor fødselsnummer (${parsed.ok ? 'not Tenor' : parsed.code})`);
  }
  return parsed.value;
}

/**
 * The identity seed, given the vault the service runs with (the fødselsnummer columns are
 * encrypted and hashed with its keys). Idempotent: rows that exist are left as they are.
 */
export function createSeed(vault: FnrVault): (em: EntityManager, now: Date) => Promise<void> {
  return async (em, now) => {
    await em.upsertMany(
      PersonRecord,
      SYNTHETIC_PERSONS.map((p) => {
        const fnr = syntheticFnr(p);
        return {
          id: p.id,
          displayName: p.displayName,
          fnrHash: vault.hash(fnr),
          fnrEncrypted: vault.encrypt(fnr),
          deceasedAt: p.deceasedAt,
          createdAt: now,
        };
      }),
      { onConflictAction: 'ignore', onConflictFields: ['id'] },
    );
    const contactPoints = SYNTHETIC_PERSONS.flatMap((p) => [
      ...(p.mobile ? [{ kind: 'SMS' as const, value: p.mobile, p }] : []),
      ...(p.email ? [{ kind: 'EMAIL' as const, value: p.email, p }] : []),
    ]).map(({ kind, value, p }, i) => ({
      id: `c0a7c7a1-3b5d-4f6e-8a90-${String(i + 1).padStart(12, '0')}`,
      personId: p.id,
      kind,
      value,
      verifiedAt: now,
      createdAt: now,
    }));
    await em.upsertMany(ContactPointRecord, contactPoints, {
      onConflictAction: 'ignore',
      onConflictFields: ['personId', 'kind'],
    });
    await em.upsertMany(
      ConsentRecord,
      SYNTHETIC_PERSONS.filter((p) => p.consented).map((p) => ({
        personId: p.id,
        minSideAt: now,
        notificationsAt: now,
        withdrawnAt: null,
      })),
      { onConflictAction: 'ignore', onConflictFields: ['personId'] },
    );
    await em.upsertMany(MandateRecord, [...SYNTHETIC_MANDATES], {
      onConflictAction: 'ignore',
      onConflictFields: ['id'],
    });
  };
}
