import { anonymous, createInternalTokenSigner, generateInternalKeyPair } from '@klageportal/federation';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import type { TestService } from './test-service.js';

/**
 * The same test for every subgraph: calling it directly without a valid internal token gets
 * 401 and no data — no token, an expired one, one for another subgraph, one signed by another
 * key, one with the algorithm swapped.
 */
export function describeInternalTokenChecks(getService: () => TestService, query: string): void {
  describe('only the gateway may call this subgraph', () => {
    const post = async (authorization?: string) => {
      const svc = getService();
      const res = await fetch(svc.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          ...(authorization ? { authorization } : {}),
        },
        body: JSON.stringify({ query }),
      });
      return {
        status: res.status,
        body: (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
      };
    };

    it('accepts a valid token', async () => {
      const token = await getService().tokenFor(anonymous);
      expect((await post(`Bearer ${token}`)).status).toBe(200);
    });

    it.each([
      ['no token', async () => undefined],
      ['a malformed header', async () => 'Bearer not-a-jwt'],
      [
        'a token for another subgraph',
        async () => `Bearer ${await getService().tokenFor(anonymous, { audience: 'other' })}`,
      ],
      [
        'a token signed by another key',
        async () => {
          const other = await generateInternalKeyPair('intruder');
          const sign = await createInternalTokenSigner({ privateJwk: other.privateJwk });
          return `Bearer ${await sign(anonymous, getService().name, 'r-00000001')}`;
        },
      ],
      ['an expired token', async () => `Bearer ${await getService().staleTokenFor(anonymous, 120)}`],
      [
        'a token whose claims were altered after signing',
        async () => {
          const [header, payload, signature] = (await getService().tokenFor(anonymous)).split('.');
          const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
          const staff = { ...claims, principal: { kind: 'staff', staffId: 'x', roles: ['press_officer'] } };
          return `Bearer ${header}.${Buffer.from(JSON.stringify(staff)).toString('base64url')}.${signature}`;
        },
      ],
      [
        'an unsigned token (alg none)',
        async () => {
          const unsigned = await new SignJWT({
            principal: { kind: 'staff', staffId: 'x', roles: ['analyst'] },
          })
            .setProtectedHeader({ alg: 'HS256' })
            .setIssuer('klageportal-gateway')
            .setAudience(getService().name)
            .setIssuedAt()
            .setExpirationTime('60s')
            .sign(new TextEncoder().encode('a-guessable-secret-of-enough-length'));
          return `Bearer ${unsigned}`;
        },
      ],
    ])('refuses %s with 401 and no data', async (_label, header) => {
      const { status, body } = await post(await header());
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
}
