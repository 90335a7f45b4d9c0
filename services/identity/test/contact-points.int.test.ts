import type { Principal } from '@klageportal/federation';
import { type TestService } from '@klageportal/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNTHETIC_PERSONS } from '../src/store/seed/index.js';
import { startIdentity } from './helpers.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startIdentity();
});
afterAll(() => svc?.dispose());

const byName = (name: string) => SYNTHETIC_PERSONS.find((p) => p.displayName === name)!;
const citizen = (name: string, consented = true): Principal => ({
  kind: 'citizen',
  personId: byName(name).id,
  acr: 'idporten-loa-substantial',
  consented,
  actingFor: null,
  actingAs: [],
  sessionRef: 'c'.repeat(64),
});

const SET = `mutation($kind: ContactPointKind!, $value: String!) {
  setContactPoint(input: { kind: $kind, value: $value }) { ok contactPoint { kind value verified } error { code } }
}`;
type SetResult = {
  setContactPoint: { ok: boolean; contactPoint: { value: string } | null; error: { code: string } | null };
};

describe('contact points', () => {
  it('shows a person their own mobile and e-mail', async () => {
    const { body } = await svc.graphql<{
      viewer: { person: { contactPoints: { kind: string; value: string }[] } };
    }>('{ viewer { person { contactPoints { kind value } } } }', {}, citizen('Per Klagesen'));
    expect(body.data?.viewer.person.contactPoints.map((c) => c.kind).sort()).toEqual(['EMAIL', 'SMS']);
  });

  it.each<[string, 'SMS' | 'EMAIL', string, string]>([
    ['Per Klagesen', 'SMS', '912 34 567', '+4791234567'],
    ['Per Klagesen', 'SMS', '+46 70 123 45 67', 'FOREIGN_MOBILE'],
    ['Per Klagesen', 'SMS', '22 22 22 22', 'NOT_MOBILE'],
    ['Per Klagesen', 'EMAIL', 'post@familien.example', 'post@familien.example'],
    ['Per Klagesen', 'EMAIL', 'ikke en adresse', 'MALFORMED_EMAIL'],
    ['Advokat Anne Eksempel', 'EMAIL', 'post@advokatfirma.example', 'SHARED_MAILBOX'],
    ['Advokat Anne Eksempel', 'EMAIL', 'anne.e@advokatfirma.example', 'anne.e@advokatfirma.example'],
  ])('%s sets %s %j → %s', async (name, kind, value, expected) => {
    const { body } = await svc.graphql<SetResult>(SET, { kind, value }, citizen(name));
    const result = body.data!.setContactPoint;
    expect(result.ok ? result.contactPoint!.value : result.error!.code).toBe(expected);
  });

  it('refuses changes before consent and from anyone who is not a citizen', async () => {
    const before = await svc.graphql<SetResult>(
      SET,
      { kind: 'SMS', value: '91234567' },
      citizen('Kari Testesen', false),
    );
    expect(before.body.data!.setContactPoint.error!.code).toBe('CONSENT_REQUIRED');
    const anon = await svc.graphql<SetResult>(SET, { kind: 'SMS', value: '91234567' });
    expect(anon.body.data!.setContactPoint.error!.code).toBe('UNAUTHENTICATED');
  });

  it('writes no phone number or address to the log', () => {
    expect(svc.logs.text()).not.toMatch(/91234567|advokatfirma\.example|familien\.example/);
  });
});
