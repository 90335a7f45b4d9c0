export const SESSION_KINDS = ['CITIZEN', 'STAFF'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** Where the login came from: ID-porten for citizens, the staff identity provider for staff. */
export const IDENTITY_PROVIDERS = ['idporten', 'ansatt'] as const;
export type IdentityProvider = (typeof IDENTITY_PROVIDERS)[number];

/**
 * A server-side login session. The id is the cookie value (256 random bits, base64url): treat it
 * as a secret. The ID token kept for `id_token_hint` at logout is not part of this type; read it
 * with `findSessionIdToken` when logging out.
 */
export type Session = {
  id: string;
  kind: SessionKind;
  /** The citizen who logged in (CITIZEN sessions). */
  personId: string | null;
  /** The staff member who logged in (STAFF sessions). */
  staffId: string | null;
  staffRoles: readonly string[];
  /** `acr` of the login, e.g. `idporten-loa-high`. */
  loa: string | null;
  idp: IdentityProvider;
  /** The identity provider's session id (`sid`), to match front- and back-channel logout. */
  idpSid: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  absoluteExpiresAt: Date;
  revokedAt: Date | null;
  /** The person a citizen currently acts for (as lawyer, proxy, guardian, surviving relative). */
  actingForPersonId: string | null;
};

export type SessionState = 'ACTIVE' | 'IDLE_EXPIRED' | 'EXPIRED' | 'REVOKED';

export const DEFAULT_SESSION_IDLE_MS = 30 * 60 * 1000;

/**
 * Where a session stands at `now`. Revocation wins, then the absolute lifetime, then idleness:
 * a session not seen for `idleMs` or more is over. The ends are exclusive: at exactly
 * `absoluteExpiresAt`, or exactly `idleMs` after `lastSeenAt`, the session is over.
 */
export function sessionState(
  session: Pick<Session, 'lastSeenAt' | 'absoluteExpiresAt' | 'revokedAt'>,
  now: Date,
  options: { idleMs: number } = { idleMs: DEFAULT_SESSION_IDLE_MS },
): SessionState {
  if (session.revokedAt !== null) return 'REVOKED';
  if (now >= session.absoluteExpiresAt) return 'EXPIRED';
  if (now.getTime() - session.lastSeenAt.getTime() >= options.idleMs) return 'IDLE_EXPIRED';
  return 'ACTIVE';
}
