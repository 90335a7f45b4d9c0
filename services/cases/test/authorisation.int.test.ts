import { describeAuthorisationMatrix, startTestService, type TestService } from '@klageportal/testkit';
import { afterAll, beforeAll } from 'vitest';
import { buildSchema, createService, loadConfig } from '../src/index.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService({ name: 'cases', loadConfig, create: createService, seed: true });
});
afterAll(() => svc?.dispose());

const all = (outcome: string) =>
  ({
    anonymous: outcome,
    citizenBeforeConsent: outcome,
    citizen: outcome,
    caseOfficer: outcome,
    pressOfficer: outcome,
    analyst: outcome,
    partner: outcome,
  }) as const;

describeAuthorisationMatrix({
  getService: () => svc,
  schema: buildSchema,
  rows: {
    'Query.case': {
      query: 'query($id: ID!) { case(id: $id) { caseNumber } }',
      variables: { id: '6f1d2c1e-0001-4a6b-9d3e-000000000001' },
      expect: {
        anonymous: 'UNAUTHENTICATED',
        citizenBeforeConsent: 'FORBIDDEN',
        citizen: 'NOT_FOUND',
        caseOfficer: 'ALLOWED',
        pressOfficer: 'NOT_FOUND',
        analyst: 'NOT_FOUND',
        partner: 'NOT_FOUND',
      },
    },
    'Query.caseTypes': { query: '{ caseTypes { code } }', expect: all('ALLOWED') },
    'Query.firstInstanceBodies': { query: '{ firstInstanceBodies { code } }', expect: all('ALLOWED') },
  },
});
