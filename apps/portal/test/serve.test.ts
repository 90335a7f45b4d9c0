import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  configFromEnv,
  contentSecurityPolicy,
  type PortalServer,
  startPortalServer,
} from '../server/serve.js';

interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

let staticDir: string;
let upstream: Server;
let upstreamUrl: string;
let portal: PortalServer;
const seen: Seen[] = [];

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'portal-static-'));
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html lang="nb"><title>t</title></html>');
  writeFileSync(join(staticDir, 'assets', 'index-abc123.js'), 'console.log(1)');

  upstream = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': ['a=1; HttpOnly', 'b=2'] });
      res.end(JSON.stringify({ data: { ok: true } }));
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;

  portal = await startPortalServer({ port: 0, host: '127.0.0.1', gatewayUrl: upstreamUrl, staticDir });
});

afterAll(async () => {
  await portal?.close();
  await new Promise<void>((resolve) => upstream?.close(() => resolve()));
  rmSync(staticDir, { recursive: true, force: true });
});

describe('startPortalServer', () => {
  it('listens on the actual port when given port 0', () => {
    expect(portal.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(portal.url).not.toMatch(/:0$/);
  });

  it('serves index.html with security headers, also for client-side routes', async () => {
    for (const path of ['/', '/saker/123', '/ingen-tilgang?grunn=D_NUMBER', '/samtykke', '/samtykke/']) {
      const res = await fetch(`${portal.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(await res.text()).toContain('<html lang="nb">');
    }
  });

  it('caches hashed assets forever and answers 404 for missing files', async () => {
    const asset = await fetch(`${portal.url}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(`${portal.url}/assets/missing-000.js`);
    expect(missing.status).toBe(404);
  });

  it('proxies POST /graphql with path, query, headers and cookies, and returns the answer', async () => {
    seen.length = 0;
    const res = await fetch(`${portal.url}/graphql?op=StartPage`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        cookie: 'session=s1',
      },
      body: JSON.stringify({ query: '{ viewer { authenticated } }' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { ok: true } });
    expect(res.headers.getSetCookie()).toEqual(['a=1; HttpOnly', 'b=2']);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      method: 'POST',
      url: '/graphql?op=StartPage',
      body: '{"query":"{ viewer { authenticated } }"}',
    });
    expect(seen[0]?.headers).toMatchObject({
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      cookie: 'session=s1',
    });
  });

  it('proxies GET /graphql', async () => {
    seen.length = 0;
    const res = await fetch(`${portal.url}/graphql?query=%7B__typename%7D`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    expect(seen[0]).toMatchObject({ method: 'GET', url: '/graphql?query=%7B__typename%7D' });
  });

  it('proxies login (GET) and logout (POST) under /auth/ and GraphiQL, passing redirects through', async () => {
    seen.length = 0;
    const login = await fetch(`${portal.url}/auth/login?returnTo=/`, { redirect: 'manual' });
    expect(login.status).toBe(200);
    const logout = await fetch(`${portal.url}/auth/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'session=s1' },
      body: '',
      redirect: 'manual',
    });
    expect(logout.status).toBe(200);
    const graphiql = await fetch(`${portal.url}/graphiql/`);
    expect(graphiql.status).toBe(200);
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /auth/login?returnTo=/',
      'POST /auth/logout',
      'GET /graphiql/',
    ]);
    expect(seen[1]?.headers.cookie).toBe('session=s1');
  });

  it('proxies the open-data files (the statistics as CSV and JSON) and document downloads', async () => {
    seen.length = 0;
    for (const path of ['/open-data/statistikk-2026.csv', '/open-data/statistikk-2026.json', '/files/x']) {
      const res = await fetch(`${portal.url}${path}`);
      expect(res.status).toBe(200);
    }
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /open-data/statistikk-2026.csv',
      'GET /open-data/statistikk-2026.json',
      'GET /files/x',
    ]);
  });

  it('does not send look-alike paths to the gateway', async () => {
    seen.length = 0;
    for (const path of ['/auth', '/authx', '/graphqlx', '/open-data', '/open-datax']) {
      const res = await fetch(`${portal.url}${path}`);
      expect(res.headers.get('content-type')).toContain('text/html');
    }
    expect(seen).toHaveLength(0);
  });

  it('answers 502 with a GraphQL error when the gateway is down', async () => {
    const down = createServer();
    await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
    const downUrl = `http://127.0.0.1:${(down.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => down.close(() => resolve()));

    const orphan = await startPortalServer({ port: 0, host: '127.0.0.1', gatewayUrl: downUrl, staticDir });
    try {
      const res = await fetch(`${orphan.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status).toBe(502);
      expect(await res.json()).toEqual({
        errors: [{ message: 'Gateway unavailable', extensions: { code: 'BAD_GATEWAY' } }],
      });
    } finally {
      await orphan.close();
    }
  });

  it('refuses to start without a built index.html', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'portal-empty-'));
    try {
      await expect(
        startPortalServer({ port: 0, host: '127.0.0.1', gatewayUrl: upstreamUrl, staticDir: empty }),
      ).rejects.toThrow(/index\.html/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('configFromEnv', () => {
  it('has defaults and reads PORT, HOST, GATEWAY_URL and IDP_ORIGINS', () => {
    expect(configFromEnv({})).toEqual({
      port: 5173,
      host: '127.0.0.1',
      gatewayUrl: 'http://127.0.0.1:4000',
      idpOrigins: [],
    });
    expect(
      configFromEnv({
        PORT: '8080',
        HOST: '0.0.0.0',
        GATEWAY_URL: 'http://gw:4000',
        IDP_ORIGINS: ' https://login.idporten.no/authorize , http://127.0.0.1:4400 ',
      }),
    ).toEqual({
      port: 8080,
      host: '0.0.0.0',
      gatewayUrl: 'http://gw:4000',
      idpOrigins: ['https://login.idporten.no', 'http://127.0.0.1:4400'],
    });
    expect(() => configFromEnv({ IDP_ORIGINS: 'javascript:alert(1)' })).toThrow(/http/);
  });
});

describe('contentSecurityPolicy', () => {
  it('lets forms (logout) lead only to the portal itself and the identity providers', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/form-action 'self'$/);
    expect(contentSecurityPolicy(['https://login.idporten.no'])).toContain(
      "form-action 'self' https://login.idporten.no",
    );
    expect(contentSecurityPolicy(['https://login.idporten.no'])).toContain("script-src 'self';");
  });

  it('is sent with the configured identity providers', async () => {
    const withIdp = await startPortalServer({
      port: 0,
      host: '127.0.0.1',
      gatewayUrl: upstreamUrl,
      staticDir,
      idpOrigins: ['https://login.idporten.no/'],
    });
    try {
      const res = await fetch(`${withIdp.url}/`);
      expect(res.headers.get('content-security-policy')).toBe(
        contentSecurityPolicy(['https://login.idporten.no']),
      );
    } finally {
      await withIdp.close();
    }
  });
});
