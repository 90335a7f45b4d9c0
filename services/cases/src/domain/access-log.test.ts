import { describe, expect, it } from 'vitest';
import { ACCESS_ROLES, type AccessRole, mayReadAccessLog } from './access-log.js';

describe('mayReadAccessLog', () => {
  const readers: AccessRole[] = ['COMPLAINANT', 'GUARDIAN', 'SURVIVING_RELATIVE'];
  it.each(ACCESS_ROLES.map((role) => [role, readers.includes(role)] as const))(
    '%s → %s',
    (role, expected) => {
      expect(mayReadAccessLog(role)).toBe(expected);
    },
  );
});
