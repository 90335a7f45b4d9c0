import {
  describeAuthorisationMatrix,
  everyone,
  startTestService,
  type TestService,
} from '@klageportal/testkit';
import { afterAll, beforeAll } from 'vitest';
import { buildSchema, createService, loadConfig } from '../src/index.js';

let svc: TestService;

/** "Informasjonen er kun tilgjengelig for de som jobber med oppfølging av pressehenvendelser." */
const pressOfficersOnly = {
  anonymous: 'UNAUTHENTICATED',
  citizenBeforeConsent: 'FORBIDDEN',
  citizen: 'FORBIDDEN',
  caseOfficer: 'FORBIDDEN',
  pressOfficer: 'ALLOWED',
  analyst: 'FORBIDDEN',
  partner: 'FORBIDDEN',
};
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
      expect: pressOfficersOnly,
    },
    'Query.pressCase': {
      query: '{ pressCase(caseNumber: "26/00101") { caseNumber } }',
      expect: pressOfficersOnly,
    },
    'Mutation.logPressInquiry': {
      query: `mutation { logPressInquiry(input: {
        channel: EMAIL, newsroom: "Testavisa", journalistName: "Jens Prøve",
        journalistContact: "jens.prove@testavisa.example", question: "Hvor mange saker?" }) { ok inquiry { id } } }`,
      expect: pressOfficersOnly,
    },
    'Mutation.answerPressInquiry': {
      query: `mutation { answerPressInquiry(input: {
        id: "3a9e7d10-2b4c-4f5e-9a1b-000000000002", answer: "Vi kan verken bekrefte eller avkrefte." }) { ok } }`,
      expect: pressOfficersOnly,
    },
    'Mutation.setPressInquiryStatus': {
      query: `mutation { setPressInquiryStatus(id: "3a9e7d10-2b4c-4f5e-9a1b-000000000001", status: CLOSED) { ok } }`,
      expect: pressOfficersOnly,
    },
  },
});
