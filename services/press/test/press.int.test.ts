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

  it('shows the log to a press officer, newest first', async () => {
    const { body } = await svc.graphql<{ pressInquiries: { newsroom: string; receivedAt: string }[] }>(
      '{ pressInquiries { newsroom receivedAt } }',
      {},
      { kind: 'staff', staffId: 'pressevakt-per', roles: ['press_officer'] },
    );
    expect(body.errors).toBeUndefined();
    const times = body.data!.pressInquiries.map((i) => i.receivedAt);
    expect(times.length).toBeGreaterThan(0);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('refuses the log to other staff', async () => {
    const { body } = await svc.graphql(
      '{ pressInquiries { id } }',
      {},
      { kind: 'staff', staffId: 'x', roles: ['case_officer'] },
    );
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('writes no journalist names, contacts or questions to its logs', () => {
    expect(svc.logs.text()).not.toMatch(/Jens Prøve|Rita Demo|testavisa\.example|pasientskadesaker/);
  });
});

describeInternalTokenChecks(() => svc, '{ pressService { answersFrom } }');
