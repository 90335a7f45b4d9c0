import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseStatus, Outcome, StatusEvent } from '../../domain/case.js';
import type { NamedParty } from '../../domain/party.js';
import {
  CasePartyRecord,
  CaseRecord,
  CaseStatusEventRecord,
  CaseTypeRecord,
  FirstInstanceBodyRecord,
} from '../entities/index.js';
import { appendCaseEvents } from '../outbox.store.js';
import caseTypes from './reference/case-types.json' with { type: 'json' };
import bodies from './reference/first-instance-bodies.json' with { type: 'json' };

/**
 * Identity's synthetic person ids (services/identity/src/store/seed SYNTHETIC_PERSONS), copied:
 * services share no code, only ids.
 */
const PERSON = {
  kariTestesen: '0b7c2a52-5f7e-4c1e-8f2a-000000000001',
  olaProvesen: '0b7c2a52-5f7e-4c1e-8f2a-000000000002',
  anneEksempel: '0b7c2a52-5f7e-4c1e-8f2a-000000000003',
  veraHjelper: '0b7c2a52-5f7e-4c1e-8f2a-000000000004',
  perKlagesen: '0b7c2a52-5f7e-4c1e-8f2a-000000000005',
  evaMinnesen: '0b7c2a52-5f7e-4c1e-8f2a-000000000006',
  arneMinnesen: '0b7c2a52-5f7e-4c1e-8f2a-000000000007',
} as const;

export type SyntheticCase = {
  id: string;
  caseNumber: string;
  caseType: string;
  receivedAt: string;
  status: CaseStatus;
  /** Starts with RECEIVED at `receivedAt` and ends in `status`. */
  timeline: readonly { status: CaseStatus; at: string }[];
  decision: { outcome: Outcome; decidedAt: string } | null;
  parties: readonly NamedParty[];
};

/** Synthetic cases only: no real person or case is ever in seed data. */
export const SYNTHETIC_CASES: readonly SyntheticCase[] = [
  {
    id: '6f1d2c1e-0001-4a6b-9d3e-000000000001',
    caseNumber: '26/00101',
    caseType: 'PSN_ANSVAR',
    receivedAt: '2026-01-14T09:12:00Z',
    status: 'UNDER_PREPARATION',
    timeline: [
      { status: 'RECEIVED', at: '2026-01-14T09:12:00Z' },
      { status: 'UNDER_PREPARATION', at: '2026-01-21T10:00:00Z' },
    ],
    decision: null,
    parties: [
      {
        personId: PERSON.kariTestesen,
        name: 'Kari Testesen',
        role: 'COMPLAINANT',
        mobile: '+4791000001',
        email: 'kari.testesen@example.com',
      },
      {
        personId: PERSON.anneEksempel,
        name: 'Anne Eksempel',
        role: 'LAWYER',
        mobile: '+4791000003',
        email: 'anne.eksempel@advokatfirma.example',
      },
    ],
  },
  {
    id: '6f1d2c1e-0001-4a6b-9d3e-000000000002',
    caseNumber: '26/00102',
    caseType: 'PSN_UTMALING',
    receivedAt: '2026-02-03T13:40:00Z',
    status: 'SENT_TO_BOARD',
    timeline: [
      { status: 'RECEIVED', at: '2026-02-03T13:40:00Z' },
      { status: 'UNDER_PREPARATION', at: '2026-02-10T08:30:00Z' },
      { status: 'SENT_TO_BOARD', at: '2026-04-15T12:00:00Z' },
    ],
    decision: null,
    parties: [
      {
        personId: PERSON.perKlagesen,
        name: 'Per Klagesen',
        role: 'COMPLAINANT',
        mobile: '+4741000005',
        email: 'per.klagesen@example.com',
      },
    ],
  },
  {
    id: '6f1d2c1e-0001-4a6b-9d3e-000000000003',
    caseNumber: '26/00103',
    caseType: 'PSN_ANSVAR',
    receivedAt: '2026-03-20T08:05:00Z',
    status: 'DECIDED',
    timeline: [
      { status: 'RECEIVED', at: '2026-03-20T08:05:00Z' },
      { status: 'UNDER_PREPARATION', at: '2026-03-27T09:00:00Z' },
      { status: 'SENT_TO_BOARD', at: '2026-05-04T11:15:00Z' },
      { status: 'DECIDED', at: '2026-06-18T12:00:00Z' },
    ],
    decision: { outcome: 'UPHELD', decidedAt: '2026-06-18T12:00:00Z' },
    parties: [
      {
        personId: PERSON.arneMinnesen,
        name: 'Arne Minnesen',
        role: 'COMPLAINANT',
        mobile: null,
        email: null,
      },
      {
        personId: PERSON.evaMinnesen,
        name: 'Eva Minnesen',
        role: 'SURVIVING_RELATIVE',
        mobile: '+4791000006',
        email: 'eva.minnesen@example.com',
      },
    ],
  },
  {
    // a complaint on a Helfo decision (frikort): never shown to NPE
    id: '6f1d2c1e-0001-4a6b-9d3e-000000000004',
    caseNumber: '26/00104',
    caseType: 'HELFO_FRIKORT',
    receivedAt: '2026-04-02T10:30:00Z',
    status: 'UNDER_PREPARATION',
    timeline: [
      { status: 'RECEIVED', at: '2026-04-02T10:30:00Z' },
      { status: 'UNDER_PREPARATION', at: '2026-04-09T09:00:00Z' },
    ],
    decision: null,
    parties: [
      {
        personId: PERSON.olaProvesen,
        name: 'Ola Prøvesen',
        role: 'COMPLAINANT',
        mobile: '+4791000002',
        email: 'ola.provesen@example.com',
      },
      {
        personId: PERSON.veraHjelper,
        name: 'Verge Vera Hjelper',
        role: 'GUARDIAN',
        mobile: '+4791000004',
        email: 'vera.hjelper@example.com',
      },
    ],
  },
];

/** A seeded case's timeline as the store returns it. */
export const seededTimeline = (c: SyntheticCase): StatusEvent[] =>
  c.timeline.map((e) => ({ status: e.status, at: new Date(e.at) }));

/** Fixed ids, so that seeding again finds the same rows: `<prefix>-<case no.><index>`. */
const seedId = (prefix: string, caseIndex: number, index: number) =>
  `${prefix}-${String(caseIndex + 1).padStart(6, '0')}${String(index + 1).padStart(6, '0')}`;

/**
 * Idempotent: the body's reference data (case types, first-instance bodies) is upserted from
 * the published lists; synthetic cases, their parties and timelines are inserted once, and a
 * seeded case's board and decision are set again from the list (filling them in on databases
 * seeded before those columns existed).
 */
export async function seed(em: EntityManager, now: Date): Promise<void> {
  await em.upsertMany(
    FirstInstanceBodyRecord,
    bodies.map((b) => ({ code: b.code, nameNb: b.name_nb, nameEn: b.name_en ?? null })),
  );
  await em.upsertMany(
    CaseTypeRecord,
    caseTypes.map((t) => ({
      code: t.code,
      nameNb: t.name_nb,
      nameEn: t.name_en ?? null,
      firstInstanceBody: t.first_instance_body_code,
      board: t.board_or_unit,
      validTo: ('valid_to' in t ? (t.valid_to as string | null) : null) ?? null,
    })),
  );
  const byCode = new Map(caseTypes.map((t) => [t.code, t]));
  await em.upsertMany(
    CaseRecord,
    SYNTHETIC_CASES.map((c) => ({
      id: c.id,
      caseNumber: c.caseNumber,
      caseType: c.caseType,
      firstInstanceBody: byCode.get(c.caseType)!.first_instance_body_code,
      receivedAt: new Date(c.receivedAt),
      status: c.status,
      board: byCode.get(c.caseType)!.board_or_unit,
      outcome: c.decision?.outcome ?? null,
      decidedAt: c.decision ? new Date(c.decision.decidedAt) : null,
      courtStatus: 'NONE' as const,
    })),
    {
      onConflictAction: 'merge',
      onConflictFields: ['id'],
      onConflictMergeFields: ['board', 'outcome', 'decidedAt'],
    },
  );
  await em.upsertMany(
    CasePartyRecord,
    SYNTHETIC_CASES.flatMap((c, i) =>
      c.parties.map((p, j) => ({
        id: seedId('7a2e4b10-0002-4c3d-8e5f', i, j),
        caseId: c.id,
        personId: p.personId,
        displayName: p.name,
        role: p.role,
        mobile: p.mobile,
        email: p.email,
        createdAt: new Date(c.receivedAt),
      })),
    ),
    {
      onConflictAction: 'merge',
      onConflictFields: ['caseId', 'personId', 'role'],
      onConflictMergeFields: ['displayName'],
    },
  );
  await em.upsertMany(
    CaseStatusEventRecord,
    SYNTHETIC_CASES.flatMap((c, i) =>
      c.timeline.map((e, j) => ({
        id: seedId('7a2e4b10-0003-4c3d-8e5f', i, j),
        caseId: c.id,
        status: e.status,
        at: new Date(e.at),
      })),
    ),
    { onConflictAction: 'ignore', onConflictFields: ['id'] },
  );
  // the stats feed hears of every case: one snapshot event for each seeded case that has none
  await appendCaseEvents(
    em,
    'CASE_RECEIVED',
    SYNTHETIC_CASES.map((c) => c.id),
    now,
    { onlyMissing: true },
  );
}
