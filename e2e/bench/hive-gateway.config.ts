// Hive Gateway's configuration for the gateway benchmark (gateway.bench.ts starts
// `hive-gateway supergraph gateway/supergraph.graphql -c <this file>`): Hive does the work our
// gateway does for every request, with our code, and is left at its defaults otherwise.
//
// - The caller's principal comes from the session cookie, resolved by identity with our
//   gateway's authenticator (gateway/dist/src/authenticate.js), once per request.
// - Every subgraph call carries an internal token signed for that caller and that subgraph
//   (federation's signer, the same key), set with Hive's header propagation. Hive sets
//   `x-request-id` on subgraph calls itself; the token names that same request id.
//
// With the caches our gateway uses (docs/performance.md), as the benchmark sets them:
// BENCH_HIVE_TOKEN_CACHE (a caller's token to a subgraph reused for 30 s, without a request id)
// and BENCH_HIVE_SESSION_CACHE_MS (session lookups remembered this long; 0: looked up for every
// request). Both off is the work our gateway did per request before: a session lookup and a
// freshly signed token per subgraph call.
//
// Hive merges identical in-flight subgraph requests by default (deduplicateInflightRequests).
// Its merge key includes the headers set by header propagation, so fresh tokens keep every
// request apart; with reused tokens, identical requests of one caller merge (as ours do).
// BENCH_HIVE_DEDUPLICATE=false turns the merging off, for comparison only.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { defineConfig } from '@graphql-hive/gateway';
import { createInternalTokenSigner, type Principal } from '@klageportal/federation';
import { createAuthenticator } from '../../gateway/dist/src/authenticate.js';
import { createTokenCache } from '../../gateway/dist/src/token-cache.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const sessionCacheMs = Number(process.env.BENCH_HIVE_SESSION_CACHE_MS ?? 0);
const subgraphs = JSON.parse(env('BENCH_SUBGRAPH_URLS')) as Record<string, string>;
const signInternalToken = await createInternalTokenSigner({
  privateJwk: JSON.parse(env('BENCH_INTERNAL_JWK')),
});
const authenticate = createAuthenticator({
  sessionCookieName: process.env.BENCH_SESSION_COOKIE_NAME ?? 'kp_session',
  sessionResolveUrl: `${new URL(subgraphs.identity!).origin}/internal/sessions/resolve`,
  signInternalToken,
  maskinporten: null,
  sessionCache: { ttlMs: sessionCacheMs },
});

const tokens = process.env.BENCH_HIVE_TOKEN_CACHE === 'true' ? createTokenCache(signInternalToken) : null;

const requestIds = new WeakMap<Request, string>();
const principals = new WeakMap<Request, Promise<Principal>>();

/** The caller behind a request, resolved once (as our gateway does before it executes). */
function principalOf(request: Request): Promise<Principal> {
  let principal = principals.get(request);
  if (!principal) {
    const headers = {
      cookie: request.headers.get('cookie') ?? undefined,
      authorization: request.headers.get('authorization') ?? undefined,
    };
    principal = authenticate({ headers } as IncomingMessage, requestIds.get(request) ?? randomUUID()).then(
      (outcome) => (outcome.ok ? outcome.principal : { kind: 'anonymous' as const }),
      // like ours: without identity, the caller is served as anonymous
      () => ({ kind: 'anonymous' as const }),
    );
    principals.set(request, principal);
  }
  return principal;
}

const deduplicate = process.env.BENCH_HIVE_DEDUPLICATE;

export const gatewayConfig = defineConfig({
  transportEntries: {
    ...Object.fromEntries(Object.entries(subgraphs).map(([name, location]) => [name, { location }])),
    ...(deduplicate === undefined
      ? {}
      : { '*.http': { options: { deduplicateInflightRequests: deduplicate === 'true' } } }),
  },
  requestId: {
    generateRequestId: ({ request }) => {
      const id = randomUUID();
      requestIds.set(request, id);
      return id;
    },
  },
  propagateHeaders: {
    fromClientToSubgraphs: async ({ request, subgraphName }) => {
      const principal = await principalOf(request);
      const token = tokens
        ? await tokens(principal, subgraphName)
        : await signInternalToken(principal, subgraphName, requestIds.get(request) ?? randomUUID());
      return { authorization: `Bearer ${token}` };
    },
  },
});
