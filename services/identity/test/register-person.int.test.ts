import type { Principal } from '@klageportal/federation';
import type { TestService } from '@klageportal/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNTHETIC_PERSONS } from '../src/store/seed/index.js';
import { startIdentity } from './helpers.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startIdentity();
});
afterAll(() => svc?.dispose());

const officer: Principal = { kind: 'staff', staffId: 'saksbehandler-siri', roles: ['case_officer'] };
const REGISTER = `mutation($fnr: String!, $name: String!) {
  registerPerson(input: { fodselsnummer: $fnr, name: $name }) { ok error { code } person { id displayName } }
}`;
type Registered = {
  registerPerson: {
    ok: boolean;
    error: { code: string } | null;
    person: { id: string; displayName: string } | null;
  };
};
const register = async (fnr: string, name: string) =>
  (await svc.graphql<Registered>(REGISTER, { fnr, name }, officer)).body.data!.registerPerson;

// a synthetic Tenor number no seeded person has
const NEW_PERSON = '15838512329';

describe('registerPerson (case officers adding a party)', () => {
  it('finds a known person by fødselsnummer, keeping their name', async () => {
    const per = SYNTHETIC_PERSONS.find((p) => p.displayName === 'Per Klagesen')!;
    expect(await register(per.fnr, 'P. Klagesen')).toEqual({
      ok: true,
      error: null,
      person: { id: per.id, displayName: 'Per Klagesen' },
    });
  });

  it('creates an unknown person once, and finds the same person the next time', async () => {
    const first = await register(NEW_PERSON, '  Nina   Nyperson ');
    expect(first).toMatchObject({ ok: true, person: { displayName: 'Nina Nyperson' } });
    expect((await register(NEW_PERSON, 'Other Name')).person).toEqual(first.person);
  });

  it.each([
    ['a wrong check digit', '15838512328', 'Nina', 'CHECKSUM'],
    ['too few digits', '1583851232', 'Nina', 'FORMAT'],
    ['a D-number', '45838510098', 'Dina', 'D_NUMBER'],
    ['an empty name', NEW_PERSON, ' ', 'INVALID_NAME'],
  ])('refuses %s', async (_why, fnr, name, code) => {
    expect(await register(fnr, name)).toEqual({ ok: false, error: { code }, person: null });
  });

  it('writes neither the fødselsnummer nor the name to the log', async () => {
    await register(NEW_PERSON, 'Nina Nyperson');
    const text = svc.logs.text();
    expect(text).toContain('person registered for a case');
    expect(text).not.toContain(NEW_PERSON);
    expect(text).not.toContain('Nyperson');
  });
});
