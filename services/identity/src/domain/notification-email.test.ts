import { describe, expect, it } from 'vitest';
import { checkNotificationEmail } from './contact-point.js';

describe('checkNotificationEmail: a lawyer needs a direct address', () => {
  it.each<[string, boolean, string]>([
    ['anne.eksempel@Advokatfirma.Example', true, 'anne.eksempel@advokatfirma.example'],
    ['post@advokatfirma.example', true, 'SHARED_MAILBOX'],
    ['Postmottak@advokatfirma.example', true, 'SHARED_MAILBOX'],
    ['post@familien.example', false, 'post@familien.example'],
    ['kari@example.com', false, 'kari@example.com'],
    ['not-an-address', false, 'MALFORMED_EMAIL'],
    ['not-an-address', true, 'MALFORMED_EMAIL'],
  ])('%s (lawyer: %s) → %s', (email, isLawyer, expected) => {
    const result = checkNotificationEmail(email, { isLawyer });
    expect(result.ok ? result.value : result.code).toBe(expected);
  });
});
