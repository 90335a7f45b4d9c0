import type { MandateRole, PartyRole } from './party.js';

/** What was done to a case: read in the overview, on the case page, by a partner, or written. */
export const ACCESS_ACTIONS = [
  'LISTED',
  'VIEWED',
  'PARTNER_READ',
  'REGISTERED',
  'PARTY_ADDED',
  'PARTY_REMOVED',
  'STATUS_CHANGED',
  'COURT_STATUS_CHANGED',
  'DOCUMENT_ADDED',
  'DOWNLOADED',
  'CASE_FILE_DOWNLOADED',
  'PRESS_LOOKUP',
] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

/** In which capacity: a party role, a mandate role, or the body's and partners' own. */
export type AccessRole = PartyRole | MandateRole | 'CASE_OFFICER' | 'PRESS_OFFICER' | 'PARTNER';
export const ACCESS_ROLES = [
  'COMPLAINANT',
  'LAWYER',
  'PROXY',
  'GUARDIAN',
  'SURVIVING_RELATIVE',
  'CASE_OFFICER',
  'PRESS_OFFICER',
  'PARTNER',
] as const satisfies readonly AccessRole[];

export type ActorKind = 'PERSON' | 'STAFF' | 'PARTNER';

/**
 * One line of a case's access log (DESIGN §3 `access_log`): who (identity's person id, a staff
 * id, or an organisation number), in which role, did what, when. Kept for the complainant's
 * "who has seen my case" page.
 */
export type AccessEntry = {
  caseId: string;
  actorKind: ActorKind;
  actorId: string;
  actorRole: AccessRole;
  action: AccessAction;
  at: Date;
};

/**
 * "Who has seen my case" is the complainant's: they may read the case's access log, and so may
 * whoever stands in their place (a guardian, a surviving relative), in their own party row or
 * through a mandate. Representatives (lawyer, proxy) may not: they are among those logged, and
 * the log is the complainant's check on them. Case officers read it through their own rule.
 */
export function mayReadAccessLog(actingRole: AccessRole): boolean {
  return actingRole === 'COMPLAINANT' || actingRole === 'GUARDIAN' || actingRole === 'SURVIVING_RELATIVE';
}

/**
 * Which access-log entries of one request are the same entry (a key per entry; the same key, one
 * line): a case listed to the same person in the same role is one LISTED line however many lists
 * of the request showed it (Mine saker's cases and its newest documents). Every other action is an
 * entry of its own, even when repeated: each write happened, and each read of a page was asked for.
 */
export function accessLogKey(): (entry: AccessEntry) => string {
  let n = 0;
  return (e) =>
    e.action === 'LISTED' ? `LISTED ${e.caseId} ${e.actorKind} ${e.actorId} ${e.actorRole}` : String(++n);
}
