import { describeAuthorisationMatrix, everyone, type TestService } from '@klageportal/testkit';
import { afterAll, beforeAll } from 'vitest';
import { buildSchema } from '../src/index.js';
import { startIdentity } from './helpers.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startIdentity();
});
afterAll(() => svc?.dispose());

const citizenOnly = {
  anonymous: 'UNAUTHENTICATED',
  citizenBeforeConsent: 'ALLOWED',
  citizen: 'ALLOWED',
  caseOfficer: 'UNAUTHENTICATED',
  pressOfficer: 'UNAUTHENTICATED',
  analyst: 'UNAUTHENTICATED',
  partner: 'UNAUTHENTICATED',
} as const;

describeAuthorisationMatrix({
  getService: () => svc,
  schema: buildSchema,
  rows: {
    'Query.viewer': {
      query: '{ viewer { kind } }',
      expect: everyone('ALLOWED'),
    },
    'Mutation.giveConsent': { query: 'mutation { giveConsent { ok error { code } } }', expect: citizenOnly },
    'Mutation.withdrawConsent': {
      query: 'mutation { withdrawConsent { ok error { code } } }',
      expect: citizenOnly,
    },
    'Mutation.actFor': {
      // the consented citizen (Per Klagesen) holds no mandate from Ola Prøvesen
      query: 'mutation($p: ID) { actFor(personId: $p) { ok error { code } } }',
      variables: { p: '0b7c2a52-5f7e-4c1e-8f2a-000000000002' },
      expect: { ...citizenOnly, citizenBeforeConsent: 'CONSENT_REQUIRED', citizen: 'NOT_ALLOWED' },
    },
    'Mutation.setContactPoint': {
      query: 'mutation { setContactPoint(input: { kind: SMS, value: "91234567" }) { ok error { code } } }',
      expect: { ...citizenOnly, citizenBeforeConsent: 'CONSENT_REQUIRED' },
    },
    'Mutation.registerPerson': {
      // an existing synthetic person (Per Klagesen): found, not created
      query:
        'mutation { registerPerson(input: { fodselsnummer: "09857826040", name: "Per K" }) { ok error { code } } }',
      expect: {
        ...everyone('FORBIDDEN'),
        caseOfficer: 'ALLOWED',
      },
    },
  },
});
