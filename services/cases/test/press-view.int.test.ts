import type { Principal } from '@klageportal/federation';
import { startTestService, type TestService } from '@klageportal/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, loadConfig } from '../src/index.js';

/**
 * Press officers reach a case only as a federation reference (the press subgraph's
 * `pressDisclosure` requires its facts): then they see the process facts and waivers, never the
 * parties, documents or case file, and the lookup is in the case's access log.
 */
let svc: TestService;
beforeAll(async () => {
  svc = await startTestService({ name: 'cases', loadConfig, create: createService, seed: true });
});
afterAll(() => svc?.dispose());

const PRESS: Principal = { kind: 'staff', staffId: 'pressevakt-per', roles: ['press_officer'] };
const OFFICER: Principal = { kind: 'staff', staffId: 'saksbehandler-siri', roles: ['case_officer'] };
// Per Klagesen's seeded case
const CASE = { id: '6f1d2c1e-0001-4a6b-9d3e-000000000002', number: '26/00102' };

const ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case {
  id caseNumber status courtStatus caseType { code } firstInstanceBody { code } decision { outcome }
  waivers { journalist } parties { name } documents { title } caseFileUrl viewerRole } } }`;

describe('the press view of a case', () => {
  it('resolves a reference by case number with facts and waivers, and nothing about parties or documents', async () => {
    const { body } = await svc.graphql<{ _entities: Record<string, unknown>[] }>(
      ENTITY,
      { r: [{ __typename: 'Case', caseNumber: CASE.number }] },
      PRESS,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities[0]).toMatchObject({
      id: CASE.id,
      caseNumber: CASE.number,
      courtStatus: 'NONE',
      parties: [],
      documents: [],
      caseFileUrl: null,
      viewerRole: 'PRESS_OFFICER',
    });
    expect(JSON.stringify(body)).not.toContain('Per Klagesen');
  });

  it('answers an unknown case number with null', async () => {
    const { body } = await svc.graphql<{ _entities: unknown[] }>(
      ENTITY,
      { r: [{ __typename: 'Case', caseNumber: '26/09999' }] },
      PRESS,
    );
    expect(body.data!._entities).toEqual([null]);
  });

  it('gives press officers no direct read of a case', async () => {
    const { body } = await svc.graphql(`{ case(id: "${CASE.id}") { caseNumber } }`, {}, PRESS);
    expect(body.data?.case ?? null).toBeNull();
  });

  it('logs each lookup as PRESS_LOOKUP by PRESS_OFFICER, shown to case officers without a name', async () => {
    const { body } = await svc.graphql<{
      caseAccessLog: { action: string; actorRole: string; actorName: null }[];
    }>(`{ caseAccessLog(caseId: "${CASE.id}") { action actorRole actorName } }`, {}, OFFICER);
    const lookups = body.data!.caseAccessLog.filter((l) => l.action === 'PRESS_LOOKUP');
    expect(lookups).toHaveLength(1);
    expect(lookups.every((l) => l.actorRole === 'PRESS_OFFICER' && l.actorName === null)).toBe(true);
  });

  it('resolves a reference by case number for a case officer as their own full view', async () => {
    const { body } = await svc.graphql<{ _entities: { viewerRole: string; parties: unknown[] }[] }>(
      ENTITY,
      { r: [{ __typename: 'Case', caseNumber: CASE.number }] },
      OFFICER,
    );
    expect(body.data!._entities[0]!.viewerRole).toBe('CASE_OFFICER');
    expect(body.data!._entities[0]!.parties.length).toBeGreaterThan(0);
  });
});
