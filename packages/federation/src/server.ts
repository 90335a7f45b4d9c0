import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { type Logger, logUnexpected, maskError } from '@klageportal/kit';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { pinoHttp } from 'pino-http';
import { debugMemoryRoute } from './debug-memory.js';
import { bearerToken, type InternalTokenVerifier } from './internal-token.js';
import type { Principal } from './principal.js';

export type RequestInfo = { req: express.Request; requestId: string; log: Logger; principal: Principal };

export type HttpServerHandle = { url: string; close(): Promise<void> };

export type SubgraphServerOptions<TContext extends BaseContext> = {
  schema: GraphQLSchema;
  host: string;
  port: number;
  logger: Logger;
  /** Builds the per-request context (principal, forked EntityManager, loaders, child logger). */
  context: (info: RequestInfo) => Promise<TContext>;
  /** Readiness: true when the service can serve (its database answers). */
  ready: () => Promise<boolean>;
  /** Verifies the gateway's internal token; requests without a valid one get 401. */
  verifyToken: InternalTokenVerifier;
  /** Extra HTTP routes beside /graphql (identity's login routes, say). */
  routes?: (app: express.Express) => void;
  /** Benchmarks only: serve GET /debug/memory. */
  debugMemory?: boolean;
};

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The request id the gateway sent (if well-formed), else a fresh one. */
export function requestIdOf(req: http.IncomingMessage): string {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

/** Access log without headers, query strings or bodies: they can carry personal data. */
export function accessLog(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = requestIdOf(req);
      res.setHeader('x-request-id', id);
      return id;
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'debug'),
  });
}

/**
 * Only the gateway may call a subgraph: a request without a valid internal token for this
 * subgraph gets 401 and nothing else.
 */
export function requireInternalToken(
  verify: InternalTokenVerifier,
  principals: WeakMap<express.Request, Principal>,
) {
  return async (req: express.Request, res: express.Response, next: express.NextFunction) => {
    const result = await verify(bearerToken(req.headers.authorization));
    if (!result.ok) {
      req.log?.warn({ reason: result.code }, 'request without a valid internal token');
      res
        .status(401)
        .json({ errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    principals.set(req, result.value);
    next();
  };
}

/** Mounts `/healthz` (live) and `/readyz` (ready: dependencies answer). */
export function healthRoutes(app: express.Express, ready: () => Promise<boolean>): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ok = await ready().catch(() => false);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable' });
  });
}

export async function listen(server: http.Server, host: string, port: number): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return `http://${host}:${address.port}`;
}

/** A subgraph on express 5: GraphQL at /graphql, health endpoints, JSON access log. */
export async function startSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<HttpServerHandle> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    introspection: false,
    includeStacktraceInErrorResponses: false,
    formatError: maskError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ contextValue, errors }) {
              const log = (contextValue as { log?: Logger }).log ?? options.logger;
              logUnexpected(log, errors);
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  healthRoutes(app, options.ready);
  if (options.debugMemory) debugMemoryRoute(app);
  options.routes?.(app);
  const principals = new WeakMap<express.Request, Principal>();
  app.use(
    '/graphql',
    accessLog(options.logger),
    requireInternalToken(options.verifyToken, principals),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = String(req.id);
        const principal = principals.get(req)!;
        return options.context({
          req,
          requestId,
          principal,
          log: options.logger.child({ requestId, principalKind: principal.kind }),
        });
      },
    }),
  );

  const url = await listen(httpServer, options.host, options.port);
  return {
    url,
    close: async () => {
      await apollo.stop();
      httpServer.closeAllConnections();
    },
  };
}
