import { describeInternalTokenChecks, startTestService, type TestService } from '@klageportal/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, loadConfig } from '../src/index.js';
import caseTypes from '../src/store/seed/reference/case-types.json' with { type: 'json' };

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService({ name: 'cases', loadConfig, create: createService, seed: true });
});
afterAll(() => svc?.dispose());

describe('cases subgraph', () => {
  it('is live and ready once its database answers', async () => {
    expect((await fetch(`${svc.baseUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${svc.baseUrl}/readyz`)).status).toBe(200);
  });

  it('serves every published case type, named in the asked language', async () => {
    const { body } = await svc.graphql<{
      caseTypes: { code: string; name: string; firstInstanceBody: { code: string } }[];
    }>('{ caseTypes { code name(language: EN) firstInstanceBody { code } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data!.caseTypes).toHaveLength(caseTypes.length);
    const psn = body.data!.caseTypes.find((t) => t.code === 'PSN_ANSVAR');
    expect(psn).toEqual({
      code: 'PSN_ANSVAR',
      name: caseTypes.find((t) => t.code === 'PSN_ANSVAR')!.name_en,
      firstInstanceBody: { code: 'NPE' },
    });
  });

  it('seeding twice changes nothing', async () => {
    await svc.service.seed();
    const { body } = await svc.graphql<{ caseTypes: unknown[] }>('{ caseTypes { code } }');
    expect(body.data!.caseTypes).toHaveLength(caseTypes.length);
  });

  it('resolves case-type references for other subgraphs in one batched statement', async () => {
    const codes = ['PSN_ANSVAR', 'PSN_UTMALING', 'HELFO_FRIKORT', 'APN_ADVARSEL', 'NO_SUCH_TYPE'];
    const sql = svc.logs.countQueries();
    const { body } = await svc.graphql<{ _entities: ({ code: string; name: string } | null)[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on CaseType { code name } } }',
      { r: codes.map((code) => ({ __typename: 'CaseType', code })) },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities.map((e) => e?.code ?? null)).toEqual([...codes.slice(0, 4), null]);
    expect(sql.count()).toBe(1);
  });

  it('refuses case data to a caller nobody vouches for, directly and by reference', async () => {
    const id = '6f1d2c1e-0001-4a6b-9d3e-000000000001';
    const direct = await svc.graphql('query($id: ID!) { case(id: $id) { id caseNumber } }', { id });
    expect(direct.body.data).toEqual({ case: null });
    expect(direct.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);

    const viaReference = await svc.graphql(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { caseNumber } } }',
      { r: [{ __typename: 'Case', id }] },
    );
    expect(viaReference.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(viaReference.body)).not.toContain('26/00101');
  });

  it('lets a case officer read a case, and keeps it from a citizen without consent', async () => {
    const id = '6f1d2c1e-0001-4a6b-9d3e-000000000001';
    const officer = await svc.graphql<{ case: { caseNumber: string } }>(
      'query($id: ID!) { case(id: $id) { caseNumber } }',
      { id },
      { kind: 'staff', staffId: 'saksbehandler-siri', roles: ['case_officer'] },
    );
    expect(officer.body.data?.case.caseNumber).toBe('26/00101');
    const citizen = await svc.graphql(
      'query($id: ID!) { case(id: $id) { caseNumber } }',
      { id },
      {
        kind: 'citizen',
        personId: '0b7c2a52-5f7e-4c1e-8f2a-000000000001',
        acr: 'idporten-loa-substantial',
        consented: false,
        actingFor: null,
        actingAs: [],
        sessionRef: 'b'.repeat(64),
      },
    );
    expect(citizen.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(citizen.body)).not.toContain('26/00101');
  });

  it('answers bad input with a coded error and no internals', async () => {
    const { status, body } = await svc.graphql('{ caseTypes { nope } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|node_modules/);
  });
});

describeInternalTokenChecks(() => svc, '{ caseTypes { code } }');
