import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createInternalTokenSigner,
  generateInternalKeyPair,
  type InternalTokenSigner,
  type Principal,
} from '@klageportal/federation';
import { createLogger } from '@klageportal/kit';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SubgraphDataSource } from '../src/data-source.js';
import { createSessionCache, sessionRefOf } from '../src/session-cache.js';
import { callsUnderWay, postToSubgraph } from '../src/subgraph-client.js';

// only the data source of @apollo/gateway (its index loads OpenTelemetry's ESM build, which
// this test runner cannot resolve)
vi.mock('@apollo/gateway', async () => ({
  RemoteGraphQLDataSource: (await import('@apollo/gateway/dist/datasources/RemoteGraphQLDataSource.js'))
    .RemoteGraphQLDataSource,
}));

/**
 * Subgraph calls: identical reads under way are merged (same subgraph, same caller, same body),
 * never mutations and never across callers; each caller gets its own answer or error. After a
 * citizen's mutation their session is looked up afresh.
 */
const SESSION = 'd'.repeat(43);
const anne: Principal = {
  kind: 'citizen',
  personId: '0b7c2a52-5f7e-4c1e-8f2a-000000000003',
  acr: 'idporten-loa-high',
  consented: true,
  actingFor: null,
  actingAs: [],
  sessionRef: sessionRefOf(SESSION),
};
const per: Principal = {
  ...anne,
  personId: '0b7c2a52-5f7e-4c1e-8f2a-000000000002',
  sessionRef: 'e'.repeat(64),
};

/** A subgraph that answers after a moment (so calls overlap), or fails when told. */
const seen: { authorization?: string; requestId?: string; body: string }[] = [];
let failing = false;
let server: http.Server;
let url: string;
let sign: InternalTokenSigner;
beforeAll(async () => {
  sign = await createInternalTokenSigner({ privateJwk: (await generateInternalKeyPair()).privateJwk });
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      seen.push({
        authorization: req.headers.authorization,
        requestId: String(req.headers['x-request-id']),
        body,
      });
      setTimeout(() => {
        if (failing) return res.writeHead(502).end();
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ data: { n: seen.length } }));
      }, 100);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  seen.length = 0;
  failing = false;
});

const log = createLogger({ service: 'test', level: 'silent' });

/** One subgraph call as @apollo/gateway makes it for an incoming operation of `kind`. */
function process(
  source: SubgraphDataSource,
  principal: Principal,
  requestId: string,
  kind: 'query' | 'mutation' = 'query',
  query = kind === 'query' ? '{ n }' : 'mutation { n }',
) {
  return source.process({
    kind: 'incoming operation',
    request: { query, variables: {} },
    context: { principal, requestId, log },
    incomingRequestContext: { operation: { operation: kind } },
  } as never);
}

describe('SubgraphDataSource', () => {
  it('merges identical reads of one caller under way: one call, an answer of its own for each', async () => {
    const source = new SubgraphDataSource({ name: 'cases', url, sign });
    const answers = await Promise.all([process(source, anne, 'r1'), process(source, anne, 'r2')]);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.requestId).toBe('r1');
    expect(answers[0]?.data).toEqual({ n: 1 });
    expect(answers[1]?.data).toEqual({ n: 1 });
    expect(answers[0]?.data).not.toBe(answers[1]?.data);
    expect(callsUnderWay()).toBe(0);
    // once answered, the next read is a call of its own
    await process(source, anne, 'r3');
    expect(seen).toHaveLength(2);
  });

  it('never merges across callers, different bodies, or mutations', async () => {
    const source = new SubgraphDataSource({ name: 'cases', url, sign });
    await Promise.all([
      process(source, anne, 'r1'),
      process(source, per, 'r2'),
      process(source, anne, 'r3', 'query', '{ n other: n }'),
      process(source, anne, 'r4', 'mutation'),
      process(source, anne, 'r5', 'mutation'),
    ]);
    expect(seen).toHaveLength(5);
    expect(new Set(seen.map((s) => s.authorization)).size).toBe(2);
  });

  it('does not merge when told not to', async () => {
    const source = new SubgraphDataSource({ name: 'cases', url, sign, mergeIdentical: false });
    await Promise.all([process(source, anne, 'r1'), process(source, anne, 'r2')]);
    expect(seen).toHaveLength(2);
  });

  it('a merged call that fails is an error of its own for each caller', async () => {
    failing = true;
    const source = new SubgraphDataSource({ name: 'cases', url, sign });
    const errors = await Promise.all(
      [process(source, anne, 'r1'), process(source, anne, 'r2')].map((p) =>
        p.then(
          () => null,
          (e: unknown) => e,
        ),
      ),
    );
    expect(seen).toHaveLength(1);
    expect(errors[0]).toMatchObject({ extensions: { code: 'SUBGRAPH_ERROR' } });
    expect(errors[1]).toMatchObject({ extensions: { code: 'SUBGRAPH_ERROR' } });
    expect(errors[0]).not.toBe(errors[1]);
  });

  it('a citizen’s mutation makes the gateway look their session up afresh; a query does not', async () => {
    const sessions = createSessionCache();
    await sessions.get(SESSION, async () => anne);
    const source = new SubgraphDataSource({ name: 'identity', url, sign });
    await process(source, anne, 'r1', 'query');
    expect(sessions.size).toBe(1);
    await process(source, anne, 'r2', 'mutation');
    expect(sessions.size).toBe(0);
  });

  it('with token reuse off, each call gets a token of its own', async () => {
    const source = new SubgraphDataSource({ name: 'cases', url, sign, reuseTokens: false });
    await process(source, anne, 'r1');
    await process(source, anne, 'r2');
    const reused = new SubgraphDataSource({ name: 'cases', url, sign });
    await process(reused, anne, 'r3');
    await process(reused, anne, 'r4');
    expect(seen.map((s) => s.requestId)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(seen[0]?.authorization).not.toBe(seen[1]?.authorization);
    expect(seen[2]?.authorization).toBe(seen[3]?.authorization);
  });
});

describe('postToSubgraph with merge', () => {
  it('joins only a call with the same subgraph, authorization and body', async () => {
    const call = (authorization: string, body: unknown, merge = true) =>
      postToSubgraph({
        name: 'cases',
        url,
        headers: { 'content-type': 'application/json', authorization },
        body,
        timeoutMs: 2_000,
        merge,
      });
    await Promise.all([
      call('Bearer a', { query: '{ n }' }),
      call('Bearer a', { query: '{ n }' }),
      call('Bearer b', { query: '{ n }' }),
      call('Bearer a', { query: '{ n }', variables: { x: 1 } }),
      call('Bearer a', { query: '{ n }' }, false),
    ]);
    expect(seen).toHaveLength(4);
  });
});
