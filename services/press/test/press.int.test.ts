import { describeInternalTokenChecks, startTestService, type TestService } from '@klageportal/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESS_HOURS } from '../src/domain/press-service.js';
import { createService, loadConfig } from '../src/index.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService({ name: 'press', loadConfig, create: createService, seed: true });
});
afterAll(() => svc?.dispose());

describe('press subgraph', () => {
  it('is live and ready once its database answers', async () => {
    expect((await fetch(`${svc.baseUrl}/readyz`)).status).toBe(200);
  });

  it('publishes the press hours to anyone', async () => {
    const { body } = await svc.graphql(
      '{ pressService { answersFrom answersTo timeZone excludesPublicHolidays } }',
    );
    expect(body).toEqual({ data: { pressService: { ...PRESS_HOURS } } });
  });

  it('keeps the press log from everyone but press officers', async () => {
    const { body } = await svc.graphql('{ pressInquiries { id newsroom question } }');
    expect(body.data).toEqual({ pressInquiries: null });
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(body)).not.toMatch(/Testavisa|Eksempel-TV/);
  });

  it('writes no journalist names, contacts or questions to its logs', () => {
    expect(svc.logs.text()).not.toMatch(/Jens Prøve|Rita Demo|testavisa\.example|pasientskadesaker/);
  });
});

describeInternalTokenChecks(() => svc, '{ pressService { answersFrom } }');
