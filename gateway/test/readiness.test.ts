import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadiness } from '../src/readiness.js';

/** A stand-in subgraph whose /readyz answers as told (200, 503, or never). */
function subgraph() {
  let answer: 200 | 503 | 'hang' = 200;
  let asked = 0;
  const server = http.createServer((req, res) => {
    if (req.url !== '/readyz') return res.writeHead(404).end();
    asked++;
    if (answer === 'hang') return;
    res.writeHead(answer, { 'content-type': 'application/json' }).end('{}');
  });
  return {
    server,
    set: (a: typeof answer) => {
      answer = a;
    },
    asked: () => asked,
    url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
  };
}

const a = subgraph();
const b = subgraph();
beforeAll(async () => {
  await Promise.all([a, b].map((s) => new Promise<void>((r) => s.server.listen(0, '127.0.0.1', r))));
});
afterAll(() => {
  for (const s of [a, b]) s.server.closeAllConnections();
  for (const s of [a, b]) s.server.close();
});

describe('the gateway’s readiness', () => {
  it('is ok with every subgraph up, degraded with some, unavailable with none — naming each', async () => {
    const seen: [string, boolean][] = [];
    const readiness = () =>
      createReadiness({
        subgraphs: { cases: a.url(), stats: b.url() },
        timeoutMs: 300,
        maxAgeMs: 0,
        onCheck: (name, up) => seen.push([name, up]),
      })();
    a.set(200);
    b.set(200);
    expect(await readiness()).toEqual({ status: 'ok', subgraphs: { cases: 'up', stats: 'up' } });
    b.set(503);
    expect(await readiness()).toEqual({ status: 'degraded', subgraphs: { cases: 'up', stats: 'down' } });
    a.set('hang');
    const started = Date.now();
    expect(await readiness()).toEqual({
      status: 'unavailable',
      subgraphs: { cases: 'down', stats: 'down' },
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(seen).toContainEqual(['stats', false]);
    expect(seen).toContainEqual(['cases', true]);
  });

  it('asks the subgraphs at most once per interval, however many probes come', async () => {
    a.set(200);
    b.set(200);
    const readiness = createReadiness({ subgraphs: { cases: a.url() }, maxAgeMs: 60_000 });
    const before = a.asked();
    await Promise.all(Array.from({ length: 10 }, () => readiness()));
    await readiness();
    expect(a.asked() - before).toBe(1);
  });

  it('counts a subgraph that is not there as down', async () => {
    const readiness = createReadiness({ subgraphs: { gone: 'http://127.0.0.1:9/graphql' }, maxAgeMs: 0 });
    expect(await readiness()).toEqual({ status: 'unavailable', subgraphs: { gone: 'down' } });
  });
});
