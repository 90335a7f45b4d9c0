// Production server for the portal: serves the built SPA (dist/) and proxies /graphql to the gateway,
// so the browser only ever talks to one origin (CSP connect-src 'self', cookies first-party).
import { existsSync } from 'node:fs';
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export interface PortalServerOptions {
  port: number;
  host: string;
  /** Base URL of the GraphQL gateway, e.g. http://127.0.0.1:4000 (requests go to `${gatewayUrl}/graphql`). */
  gatewayUrl: string;
  /** Directory with the built SPA; defaults to the package's dist/. */
  staticDir?: string;
}

export interface PortalServer {
  url: string;
  close(): Promise<void>;
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const BAD_GATEWAY_BODY = JSON.stringify({
  errors: [{ message: 'Gateway unavailable', extensions: { code: 'BAD_GATEWAY' } }],
});

const UPSTREAM_TIMEOUT_MS = 30_000;

// Hop-by-hop headers (RFC 9110 §7.6.1) are never forwarded by a proxy.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

const defaultStaticDir = fileURLToPath(new URL('../dist', import.meta.url));

function withoutHopByHop(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const listed = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
  const result: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || listed.has(name)) continue;
    result[name] = value;
  }
  return result;
}

function setCommonSecurityHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

function setHtmlSecurityHeaders(res: ServerResponse): void {
  setCommonSecurityHeaders(res);
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
}

function isGraphQLPath(url: string | undefined): boolean {
  const path = (url ?? '/').split('?', 1)[0];
  return path === '/graphql' || path === '/graphql/';
}

/** Streams the request to `${gatewayUrl}/graphql` (keeping the query string) and the answer back. */
function proxyGraphQL(gateway: URL, req: IncomingMessage, res: ServerResponse): void {
  const incoming = new URL(req.url ?? '/graphql', 'http://portal.invalid');
  const target = new URL(`${gateway.pathname.replace(/\/+$/, '')}/graphql${incoming.search}`, gateway);

  const headers = withoutHopByHop(req.headers);
  headers.host = target.host;
  const clientAddress = req.socket.remoteAddress;
  if (clientAddress) {
    const prior = req.headers['x-forwarded-for'];
    headers['x-forwarded-for'] = prior ? `${String(prior)}, ${clientAddress}` : clientAddress;
  }
  if (req.headers.host) headers['x-forwarded-host'] = req.headers.host;
  headers['x-forwarded-proto'] = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';

  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const upstream = send(target, { method: req.method ?? 'GET', headers }, (upstreamRes) => {
    res.writeHead(upstreamRes.statusCode ?? 502, withoutHopByHop(upstreamRes.headers));
    upstreamRes.pipe(res);
    upstreamRes.on('error', () => res.destroy());
  });

  upstream.setTimeout(UPSTREAM_TIMEOUT_MS, () => upstream.destroy(new Error('Gateway timed out')));
  upstream.on('error', () => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    setCommonSecurityHeaders(res);
    res.writeHead(502, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(BAD_GATEWAY_BODY),
      'cache-control': 'no-store',
    });
    res.end(BAD_GATEWAY_BODY);
  });
  // The browser went away: stop talking to the gateway too.
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });

  req.pipe(upstream);
}

function isHashedAsset(pathname: string): boolean {
  return pathname.startsWith('/assets/');
}

/** Everything without a file extension is a client-side route answered with index.html. */
function isHtml(pathname: string): boolean {
  const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !lastSegment.includes('.') || lastSegment.endsWith('.html');
}

export async function startPortalServer(opts: PortalServerOptions): Promise<PortalServer> {
  const staticDir = opts.staticDir ?? defaultStaticDir;
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error(
      `No index.html in ${staticDir}; build the portal first (pnpm --filter @klageportal/portal build)`,
    );
  }
  const gateway = new URL(opts.gatewayUrl);

  const serveStatic = sirv(staticDir, {
    single: true,
    etag: true,
    setHeaders(res, pathname) {
      if (isHashedAsset(pathname)) {
        setCommonSecurityHeaders(res);
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      } else if (isHtml(pathname)) {
        setHtmlSecurityHeaders(res);
        res.setHeader('Cache-Control', 'no-cache');
      } else {
        setCommonSecurityHeaders(res);
        res.setHeader('Cache-Control', 'no-cache');
      }
    },
    onNoMatch(_req, res) {
      setCommonSecurityHeaders(res);
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    },
  });

  const server = createServer((req, res) => {
    if (isGraphQLPath(req.url)) {
      proxyGraphQL(gateway, req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      setCommonSecurityHeaders(res);
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed');
      return;
    }
    serveStatic(req, res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The CLI's only contact with the environment. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): PortalServerOptions {
  const port = Number(env.PORT ?? '5173');
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`Invalid PORT: ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    gatewayUrl: env.GATEWAY_URL ?? 'http://127.0.0.1:4000',
  };
}

if (import.meta.main) {
  const portal = await startPortalServer(configFromEnv());
  console.log(`Portal listening on ${portal.url}`);
  const shutdown = () => {
    portal.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
