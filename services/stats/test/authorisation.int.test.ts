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
  svc = await startTestService({ name: 'stats', loadConfig, create: createService, seed: true });
});
afterAll(() => svc?.dispose());

describeAuthorisationMatrix({
  getService: () => svc,
  schema: buildSchema,
  rows: {
    'Query.statistics': {
      query: '{ statistics { year received } }',
      expect: everyone('ALLOWED'),
    },
    'Query.statisticsForYears': {
      query: '{ statisticsForYears(from: 2025, to: 2026) { year received } }',
      expect: everyone('ALLOWED'),
    },
    'Query.patientInjuryCourtCases': {
      query: '{ patientInjuryCourtCases { total } }',
      expect: everyone('ALLOWED'),
    },
  },
});
