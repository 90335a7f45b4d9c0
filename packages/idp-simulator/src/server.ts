import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@klageportal/kit';
import { loadSigningKey } from './keys.js';
import { createMaskinporten } from './maskinporten.js';
import { createOidcProvider, errorSummary } from './oidc.js';
import { ansattProfile, idportenProfile } from './profiles.js';
import type { IdpSimulator, SimulatorOptions } from './types.js';

type Route = { prefix: string; handle: (req: IncomingMessage, res: ServerResponse, path: string) => unknown };

function defaultBaseUrl(host: string, port: number): string {
  const name = host === '' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${name.includes(':') ? `[${name}]` : name}:${port}`;
}

/**
 * Starts the ID-porten, staff IdP and Maskinporten simulators on one HTTP server:
 * issuers `${baseUrl}/idporten`, `${baseUrl}/ansatt` and `${baseUrl}/maskinporten`.
 */
export async function startIdpSimulator(options: SimulatorOptions): Promise<IdpSimulator> {
  const logger =
    options.logger?.child({ component: 'idp-simulator' }) ??
    createLogger({ service: 'idp-simulator', level: 'warn' });

  let routes: Route[] | undefined;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/healthz') {
      res.writeHead(routes ? 200 : 503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(routes ? 'ok\n' : 'starting\n');
      return;
    }
    const route = routes?.find((r) => path === r.prefix || path.startsWith(`${r.prefix}/`));
    if (!route) {
      res.writeHead(routes ? 404 : 503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(routes ? 'not found\n' : 'starting\n');
      return;
    }
    Promise.resolve(route.handle(req, res, path.slice(route.prefix.length) || '/')).catch((err: unknown) => {
      logger.error({ err: errorSummary(err), prefix: route.prefix }, 'request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('internal server error\n');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  const close = () =>
    new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    });

  try {
    const url = (options.baseUrl ?? defaultBaseUrl(options.host, port)).replace(/\/+$/, '');
    const issuers = {
      idporten: `${url}/idporten`,
      ansatt: `${url}/ansatt`,
      maskinporten: `${url}/maskinporten`,
    };
    const [idportenKey, ansattKey, maskinportenKey] = await Promise.all([
      loadSigningKey(options.signingKeys?.idporten, 'idporten'),
      loadSigningKey(options.signingKeys?.ansatt, 'ansatt'),
      loadSigningKey(options.signingKeys?.maskinporten, 'maskinporten'),
    ]);

    const idporten = createOidcProvider({
      issuer: issuers.idporten,
      key: idportenKey,
      clients: options.idporten.clients,
      profile: idportenProfile(options.idporten.persons),
      logger,
    });
    const ansatt = createOidcProvider({
      issuer: issuers.ansatt,
      key: ansattKey,
      clients: options.ansatt.clients,
      profile: ansattProfile(options.ansatt.users),
      logger,
    });
    const maskinporten = await createMaskinporten({
      issuer: issuers.maskinporten,
      key: maskinportenKey,
      clients: options.maskinporten.clients,
      logger,
    });

    const mount = (
      issuer: string,
      callback: (req: IncomingMessage, res: ServerResponse) => unknown,
    ): Route => ({
      prefix: new URL(issuer).pathname,
      // oidc-provider derives its mount path from originalUrl vs url (like koa-mount / express).
      handle: (req, res, path) => {
        const original = req.url ?? '/';
        const query = original.includes('?') ? original.slice(original.indexOf('?')) : '';
        Object.assign(req, { originalUrl: original });
        req.url = `${path}${query}`;
        return callback(req, res);
      },
    });
    const maskinportenPath = new URL(issuers.maskinporten).pathname;
    routes = [
      mount(issuers.idporten, idporten.callback()),
      mount(issuers.ansatt, ansatt.callback()),
      { prefix: maskinportenPath, handle: maskinporten },
      // RFC 8414 location for an issuer with a path (openid-client `algorithm: 'oauth2'`)
      {
        prefix: `/.well-known/oauth-authorization-server${maskinportenPath}`,
        handle: (req, res, path) =>
          path === '/'
            ? maskinporten(req, res, '/.well-known/oauth-authorization-server')
            : res.writeHead(404).end(),
      },
    ];

    logger.info(
      {
        url,
        port,
        idpClients: options.idporten.clients.length,
        persons: options.idporten.persons.length,
        staffClients: options.ansatt.clients.length,
        staffUsers: options.ansatt.users.length,
        maskinportenClients: options.maskinporten.clients.length,
      },
      'idp simulator started',
    );
    return { url, issuers, close };
  } catch (err) {
    await close();
    throw err;
  }
}
