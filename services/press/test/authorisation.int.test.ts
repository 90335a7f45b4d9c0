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
  svc = await startTestService({ name: 'press', loadConfig, create: createService, seed: true });
});
afterAll(() => svc?.dispose());

describeAuthorisationMatrix({
  getService: () => svc,
  schema: buildSchema,
  rows: {
    'Query.pressService': {
      query: '{ pressService { answersFrom } }',
      expect: everyone('ALLOWED'),
    },
    'Query.pressInquiries': {
      query: '{ pressInquiries { id } }',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        citizenBeforeConsent: 'FORBIDDEN',
        citizen: 'FORBIDDEN',
        caseOfficer: 'FORBIDDEN',
        pressOfficer: 'ALLOWED',
        analyst: 'FORBIDDEN',
        partner: 'FORBIDDEN',
      },
    },
  },
});
