import {
  describeAuthorisationMatrix,
  everyone,
  startTestService,
  type TestService,
} from '@klageportal/testkit';
import { afterAll, beforeAll } from 'vitest';
import { buildSchema, createService, loadConfig } from '../src/index.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService({ name: 'cases', loadConfig, create: createService, seed: true });
});
afterAll(() => svc?.dispose());

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
    'Query.caseTypes': { query: '{ caseTypes { code } }', expect: everyone('ALLOWED') },
    'Query.firstInstanceBodies': { query: '{ firstInstanceBodies { code } }', expect: everyone('ALLOWED') },
  },
});
