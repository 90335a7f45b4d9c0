import { describeInternalTokenChecks, type TestService } from '@klageportal/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNTHETIC_PERSONS } from '../src/store/seed/index.js';
import { startIdentity } from './helpers.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startIdentity();
});
afterAll(() => svc?.dispose());

describe('identity subgraph', () => {
  it('is live and ready once its database answers', async () => {
    expect((await fetch(`${svc.baseUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${svc.baseUrl}/readyz`)).status).toBe(200);
  });

  it('tells an anonymous caller it is not logged in', async () => {
    const { body } = await svc.graphql('{ viewer { authenticated person { id } } }');
    expect(body).toEqual({ data: { viewer: { authenticated: false, person: null } } });
  });

  it('refuses persons to callers nobody vouches for, even by reference', async () => {
    const [person] = SYNTHETIC_PERSONS;
    const { body } = await svc.graphql(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { displayName } } }',
      { r: [{ __typename: 'Person', id: person.id }] },
    );
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(body)).not.toContain(person.displayName);
  });

  it('writes no personal data to its logs, SQL included', () => {
    const text = svc.logs.text();
    expect(svc.logs.lines.some((l) => l.msg === 'sql')).toBe(true);
    for (const person of SYNTHETIC_PERSONS) expect(text).not.toContain(person.displayName);
  });
});

describeInternalTokenChecks(() => svc, '{ viewer { authenticated } }');
