// Production server for the portal: serves the built SPA (dist/) and proxies /graphql to the gateway,
// so the browser only ever talks to one origin (CSP connect-src 'self', cookies first-party).
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forwardRequest } from '@klageportal/kit';
import sirv from 'sirv';

export interface PortalServerOptions {
  port: number;
  host: string;
  /** Base URL of the GraphQL gateway, e.g. http://127.0.0.1:4000 (requests go to `${gatewayUrl}/graphql`). */
  gatewayUrl: string;
  /** Directory with the built SPA; defaults to the package's dist/. */
  staticDir?: string;
  /**
   * Origins of the identity providers (ID-porten, the staff IdP). Logout is a form POST that the gateway
   * answers with a redirect to the IdP's logout page, and Chromium applies CSP `form-action` to that
   * redirect too: without the IdP's origin here the browser blocks the logout.
   */
  idpOrigins?: readonly string[];
}

export interface PortalServer {
  url: string;
  close(): Promise<void>;
}

export function contentSecurityPolicy(idpOrigins: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...idpOrigins].join(' '),
  ].join('; ');
}

/** The policy without any identity provider (logout then ends at the portal's own origin). */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** `https://idp.example/path` → `https://idp.example`; anything but an http(s) URL is a configuration error. */
export function toOrigin(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`Not an http(s) URL: ${url}`);
  }
  return parsed.origin;
}

const BAD_GATEWAY_BODY = JSON.stringify({
  errors: [{ message: 'Gateway unavailable', extensions: { code: 'BAD_GATEWAY' } }],
});

const UPSTREAM_TIMEOUT_MS = 30_000;

const defaultStaticDir = fileURLToPath(new URL('../dist', import.meta.url));

function setCommonSecurityHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

function setHtmlSecurityHeaders(res: ServerResponse, csp: string): void {
  setCommonSecurityHeaders(res);
  res.setHeader('Content-Security-Policy', csp);
}

/**
 * Paths the gateway answers: GraphQL, login/logout, documents (/files), the public statistics as
 * open data (/open-data), and (for staff) GraphiQL.
 */
function isGatewayPath(url: string | undefined): boolean {
  const path = (url ?? '/').split('?', 1)[0] ?? '/';
  return (
    path === '/graphql' ||
    path === '/graphql/' ||
    path.startsWith('/auth/') ||
    path.startsWith('/files/') ||
    path.startsWith('/open-data/') ||
    path === '/graphiql' ||
    path.startsWith('/graphiql/')
  );
}

/** Streams the request to the gateway (same path and query string) and the answer back. */
function proxyToGateway(gateway: URL, req: IncomingMessage, res: ServerResponse): void {
  const incoming = new URL(req.url ?? '/', 'http://portal.invalid');
  const target = new URL(
    `${gateway.pathname.replace(/\/+$/, '')}${incoming.pathname}${incoming.search}`,
    gateway,
  );
  forwardRequest(target, req, res, {
    timeoutMs: UPSTREAM_TIMEOUT_MS,
    onUnavailable: (r) => {
      setCommonSecurityHeaders(r);
      r.writeHead(502, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(BAD_GATEWAY_BODY),
        'cache-control': 'no-store',
      });
      r.end(BAD_GATEWAY_BODY);
    },
  });
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
  const csp = contentSecurityPolicy((opts.idpOrigins ?? []).map(toOrigin));

  const serveStatic = sirv(staticDir, {
    single: true,
    etag: true,
    setHeaders(res, pathname) {
      if (isHashedAsset(pathname)) {
        setCommonSecurityHeaders(res);
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      } else if (isHtml(pathname)) {
        setHtmlSecurityHeaders(res, csp);
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
    if (isGatewayPath(req.url)) {
      proxyToGateway(gateway, req, res);
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
    // Comma-separated, e.g. "https://login.idporten.no,https://login.microsoftonline.com".
    idpOrigins: (env.IDP_ORIGINS ?? '')
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean)
      .map(toOrigin),
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
