import { describe, expect, it } from 'vitest';
import {
  ACCESS_ACTIONS,
  ACCESS_ROLES,
  type AccessEntry,
  type AccessRole,
  accessLogKey,
  mayReadAccessLog,
} from './access-log.js';

describe('mayReadAccessLog', () => {
  const readers: AccessRole[] = ['COMPLAINANT', 'GUARDIAN', 'SURVIVING_RELATIVE'];
  it.each(ACCESS_ROLES.map((role) => [role, readers.includes(role)] as const))(
    '%s → %s',
    (role, expected) => {
      expect(mayReadAccessLog(role)).toBe(expected);
    },
  );
});

describe('accessLogKey', () => {
  const entry = (over: Partial<AccessEntry> = {}): AccessEntry => ({
    caseId: 'c1',
    actorKind: 'PERSON',
    actorId: 'p1',
    actorRole: 'LAWYER',
    action: 'LISTED',
    at: new Date('2026-11-26T10:00:00Z'),
    ...over,
  });

  it('gives a case listed twice to the same person in the same role one key, whenever in the request', () => {
    const key = accessLogKey();
    expect(key(entry())).toBe(key(entry({ at: new Date('2026-11-26T10:00:01Z') })));
  });

  it('keeps listings of another case, person, kind of actor or role apart', () => {
    const key = accessLogKey();
    const keys = [
      entry(),
      entry({ caseId: 'c2' }),
      entry({ actorId: 'p2' }),
      entry({ actorKind: 'STAFF' }),
      entry({ actorRole: 'COMPLAINANT' }),
    ].map(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(ACCESS_ACTIONS.filter((a) => a !== 'LISTED'))('gives every %s entry a key of its own', (action) => {
    const key = accessLogKey();
    expect(key(entry({ action }))).not.toBe(key(entry({ action })));
  });
});
