import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postToSubgraph } from '../src/subgraph-client.js';

/** Subgraph calls: headers and query go along; a slow, failing or missing subgraph is a coded error. */
let server: http.Server;
let base: string;
const seen: { authorization?: string; requestId?: string; body?: string }[] = [];
beforeAll(async () => {
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
      if (req.url === '/slow') return; // never answers
      if (req.url === '/down') {
        res.writeHead(503).end();
        return;
      }
      if (req.url === '/bad-input' || req.url === '/unauthorised') {
        const code = req.url === '/bad-input' ? 'BAD_USER_INPUT' : 'UNAUTHENTICATED';
        res.writeHead(req.url === '/bad-input' ? 400 : 401, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            errors: [{ message: 'Variable "$at" got invalid value', extensions: { code } }],
          }),
        );
        return;
      }
      if (req.url === '/bad-html') {
        res.writeHead(400, { 'content-type': 'text/html' }).end('<html>Bad</html>');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { ok: true } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const call = (path: string, timeoutMs = 300, url = `${base}${path}`) =>
  postToSubgraph({
    name: 'stats',
    url,
    headers: { 'content-type': 'application/json', authorization: 'Bearer t', 'x-request-id': 'req-1' },
    body: { query: '{ ok }', variables: {} },
    timeoutMs,
  });

describe('postToSubgraph', () => {
  it('sends the query with the headers given', async () => {
    expect(await call('/ok')).toEqual({ data: { ok: true } });
    expect(seen.at(-1)).toMatchObject({ authorization: 'Bearer t', requestId: 'req-1' });
    expect(JSON.parse(seen.at(-1)!.body!)).toEqual({ query: '{ ok }', variables: {} });
  });

  it('gives up on a subgraph that does not answer, at the time limit', async () => {
    const started = performance.now();
    await expect(call('/slow', 300)).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_TIMEOUT' } });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('reports an HTTP error as SUBGRAPH_ERROR, without the body', async () => {
    await expect(call('/down')).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_ERROR' } });
  });

  it('reports a subgraph that is not there as SUBGRAPH_UNAVAILABLE', async () => {
    await expect(call('', 300, 'http://127.0.0.1:1/graphql')).rejects.toMatchObject({
      extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
    });
  });

  it('passes on a subgraph’s refusal of the caller’s input (400 with GraphQL errors), with its code', async () => {
    expect(await call('/bad-input')).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    // but not a refusal of the gateway itself, nor a 400 that is not GraphQL
    await expect(call('/unauthorised')).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_ERROR' } });
    await expect(call('/bad-html')).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_ERROR' } });
  });
});
