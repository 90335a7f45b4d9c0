import http from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import {
  accessLog,
  anonymous,
  createInternalTokenSigner,
  debugMemoryRoute,
  type HttpServerHandle,
  listen,
  type Principal,
} from '@klageportal/federation';
import { forwardRequest, type Logger, logUnexpected, maskError } from '@klageportal/kit';
import express from 'express';
import { type DocumentNode, GraphQLError, visit } from 'graphql';
import type { JWK } from 'jose';
import sirv from 'sirv';
import { createAuthenticator, readCookie } from './authenticate.js';
import type { Config } from './config.js';
import type { GatewayContext } from './context.js';
import { SubgraphDataSource } from './data-source.js';
import { filesRoute, OPEN_DATA_FILE } from './files.js';
import { DOCUMENT_TOO_LARGE, MAX_DOCUMENT_TOKENS } from './limits.js';
import { overLimitOnce } from './limits-once.js';
import { createMetrics } from './metrics.js';
import { createRateLimits, LOGIN_PATH, RATE_LIMITED } from './rate-limits.js';
import { createReadiness } from './readiness.js';
import { loadTrustedDocuments, settleDocument } from './trusted-documents.js';

/** GraphiQL is our own bundle: scripts, workers and fonts all come from this origin. */
export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const GRAPHIQL_DIR = new URL('../graphiql', import.meta.url).pathname;

/** True when the operation asks for __schema or __type anywhere. */
export function usesIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/** Why a body could not be read, as a GraphQL-shaped refusal with a stable code (body-parser's types). */
const BODY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  'entity.too.large': { status: 413, code: DOCUMENT_TOO_LARGE, message: 'The request is too large.' },
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: 'The body is not a JSON object.' },
  'charset.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Send the body as UTF-8 JSON.',
  },
  'encoding.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Send the body without content encoding, or gzip.',
  },
};

const unreadableBody: express.ErrorRequestHandler = (error, _req, res, next) => {
  const known = BODY_ERRORS[(error as { type?: string }).type ?? ''];
  if (!known) return next(error);
  res.status(known.status).json({ errors: [{ message: known.message, extensions: { code: known.code } }] });
};

/** A request with a session cookie whose session could not be looked up (identity unavailable). */
export const SESSION_UNAVAILABLE = 'SESSION_UNAVAILABLE';

export type GatewayOptions = { config: Config; supergraphSdl: string; logger: Logger };

/**
 * The gateway: @apollo/gateway on the committed supergraph inside @apollo/server, on express 5,
 * with /healthz, /readyz and a self-hosted GraphiQL at /graphiql.
 */
export async function startGateway({
  config,
  supergraphSdl,
  logger,
}: GatewayOptions): Promise<HttpServerHandle> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // On every answer (JSON, GraphiQL, forwarded login pages): no sniffing, no framing, no referrer.
  // No CORS headers at all: only the portal's own origin (through its server) may call from a browser.
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  const httpServer = http.createServer(app);
  const signInternalToken = await createInternalTokenSigner({
    privateJwk: config.internalJwt.privateJwk as JWK,
  });
  const metrics = createMetrics();
  const limitsOf = overLimitOnce(config.limits);
  const trusted = loadTrustedDocuments(config.trustedDocuments.file);
  const rateLimits = createRateLimits(config.rateLimits);
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: logger.child({ module: 'apollo-gateway' }),
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: config.subgraphs[name] ?? url ?? '',
        sign: signInternalToken,
        timeoutMs: config.subgraphTimeoutMs,
        observe: metrics.observeSubgraph,
      }),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // a document of more tokens is refused while parsing (the portal's largest has a few hundred)
    parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS },
    formatError: (formatted) =>
      // the parser ran out of stack on a deeply nested document: say so, not how
      formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && /call stack/i.test(formatted.message)
        ? { message: 'The document is nested too deeply.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }
        : maskError(formatted),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      metrics.plugin,
      {
        // Introspection is for staff only (GraphiQL, developers); the portal never needs it.
        async requestDidStart() {
          return {
            async didResolveOperation({ contextValue, document, schema }) {
              const limited = limitsOf(schema, document);
              if (limited) throw limited;
              if (contextValue.principal.kind !== 'staff' && usesIntrospection(document)) {
                throw new GraphQLError('Introspection is for staff only.', {
                  extensions: { code: 'FORBIDDEN', http: { status: 403 } },
                });
              }
            },
            async didEncounterErrors({ contextValue, errors }) {
              logUnexpected(contextValue.log ?? logger, errors);
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const authenticate = createAuthenticator({
    sessionCookieName: config.identity.sessionCookieName,
    sessionResolveUrl: `${config.identity.baseUrl}/internal/sessions/resolve`,
    signInternalToken,
    maskinporten: config.maskinporten,
    sessionCache: config.sessionCache,
  });
  const principals = new WeakMap<express.Request, Principal>();

  let ready = true;
  // /healthz: this process is alive. /readyz: it serves — 200 with every subgraph ("ok") or some
  // ("degraded", they are listed), 503 while shutting down or with none answering.
  const readiness = createReadiness({ subgraphs: config.subgraphs, onCheck: metrics.observeSubgraphUp });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const state = ready ? await readiness() : { status: 'unavailable' as const, subgraphs: {} };
    res.setHeader('Cache-Control', 'no-store');
    res.status(state.status === 'unavailable' ? 503 : 200).json(state);
  });
  app.get('/metrics', metrics.route(config.metricsToken));
  if (config.debug.memoryEndpoint) debugMemoryRoute(app);
  app.get('/', (_req, res) => {
    res.redirect(302, '/graphiql/');
  });
  app.get('/graphiql', (req, res, next) => {
    if (req.originalUrl !== '/graphiql') return next();
    res.redirect(301, '/graphiql/');
  });
  const graphiql = sirv(GRAPHIQL_DIR, {
    single: true,
    immutable: true,
    setHeaders: (res) => {
      res.setHeader('Content-Security-Policy', GRAPHIQL_CSP);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'no-referrer');
    },
  });
  // GraphiQL is for staff: others are sent to the staff login first.
  app.use('/graphiql', async (req, res, next) => {
    const outcome = await authenticate(req, String(req.headers['x-request-id'] ?? 'graphiql')).catch(
      () => null,
    );
    if (!outcome?.ok || outcome.principal.kind !== 'staff') {
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(303, `/auth/staff/login?returnTo=${encodeURIComponent('/graphiql/')}`);
      return;
    }
    graphiql(req, res, () => next());
  });
  // Login, logout and callbacks belong to identity, which owns sessions.
  app.use('/auth', async (req, res) => {
    // logging in or out changes whose session the cookie names: never serve it from memory again
    // (again once identity has answered: a lookup in between must not outlive the logout)
    authenticate.forget(req);
    res.on('close', () => authenticate.forget(req));
    if (LOGIN_PATH.test(req.originalUrl)) {
      const wait = await rateLimits.login(req.ip ?? '');
      if (wait !== null) {
        metrics.countRefusal(RATE_LIMITED);
        res.writeHead(429, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': String(wait) });
        res.end('For mange forsøk på å logge inn på kort tid. Vent litt og prøv igjen.');
        return;
      }
    }
    forwardRequest(new URL(req.originalUrl, config.identity.baseUrl), req, res, {
      timeoutMs: 15_000,
      onUnavailable: (r) => {
        r.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        r.end('Innlogging er ikke tilgjengelig akkurat nå. Prøv igjen om litt.');
      },
    });
  });
  // Documents travel over plain HTTP beside GraphQL (uploads stream, downloads stream): the
  // caller is authenticated as for GraphQL, and cases gets the internal token, never the cookie.
  app.use('/files', accessLog(logger), async (req, res) => {
    const path = req.url.split('?', 1)[0] ?? '';
    const route = filesRoute(req.method, path);
    if (!route) {
      res.status(404).json({ error: 'NOT_FOUND' });
      return;
    }
    // a form post from another site cannot set this header without a CORS preflight, which fails
    if (route === 'upload' && req.headers['x-klageportal-upload'] !== '1') {
      res.status(403).json({ error: 'CSRF' });
      return;
    }
    const requestId = String(req.id);
    let outcome: Awaited<ReturnType<typeof authenticate>>;
    try {
      outcome = await authenticate(req, requestId);
    } catch (error) {
      req.log.error({ err: error }, 'session resolution failed');
      res.status(503).json({ error: 'UNAVAILABLE' });
      return;
    }
    if (!outcome.ok) {
      res.status(outcome.status).json({ error: outcome.code });
      return;
    }
    const wait = await rateLimits.request(outcome.principal, req.ip ?? '');
    if (wait !== null) {
      metrics.countRefusal(RATE_LIMITED);
      res.status(429).setHeader('Retry-After', String(wait)).json({ error: RATE_LIMITED });
      return;
    }
    const token = await signInternalToken(outcome.principal, 'cases', requestId);
    forwardRequest(new URL(path, config.subgraphs.cases), req, res, {
      timeoutMs: 10 * 60_000,
      dropHeaders: ['cookie', 'authorization'],
      setHeaders: { authorization: `Bearer ${token}`, 'x-request-id': requestId },
      onUnavailable: (r) => {
        r.writeHead(503, { 'content-type': 'application/json' });
        r.end(JSON.stringify({ error: 'UNAVAILABLE' }));
      },
    });
  });
  // Open data: the public statistics as JSON and CSV files, from stats, for anyone (no session
  // looked up; stats gets an anonymous internal token).
  app.get('/open-data/:file', accessLog(logger), async (req, res) => {
    const file = String(req.params.file);
    if (!OPEN_DATA_FILE.test(file)) {
      res.status(404).json({ error: 'NOT_FOUND' });
      return;
    }
    const requestId = String(req.id);
    const token = await signInternalToken(anonymous, 'stats', requestId);
    forwardRequest(new URL(`/open-data/${file}`, config.subgraphs.stats), req, res, {
      timeoutMs: 30_000,
      dropHeaders: ['cookie', 'authorization'],
      setHeaders: { authorization: `Bearer ${token}`, 'x-request-id': requestId },
      onUnavailable: (r) => {
        r.writeHead(503, { 'content-type': 'application/json' });
        r.end(JSON.stringify({ error: 'UNAVAILABLE' }));
      },
    });
  });
  app.use(
    '/graphql',
    accessLog(logger),
    async (req: express.Request, res: express.Response, next: express.NextFunction) => {
      try {
        const outcome = await authenticate(req, String(req.id));
        if (!outcome.ok) {
          req.log.warn({ status: outcome.status }, 'caller refused');
          res
            .status(outcome.status)
            .json({ errors: [{ message: outcome.message, extensions: { code: outcome.code } }] });
          return;
        }
        principals.set(req, outcome.principal);
      } catch (error) {
        // Without identity we cannot tell who is calling. With a session cookie they are someone:
        // telling them "not logged in" would be wrong, so say the service is unavailable; without
        // one, serve them as anonymous (public data only).
        if (readCookie(req.headers.cookie, config.identity.sessionCookieName)) {
          req.log.error({ err: error }, 'session resolution failed');
          metrics.countRefusal(SESSION_UNAVAILABLE);
          res
            .status(503)
            .setHeader('Retry-After', '5')
            .json({
              errors: [
                {
                  message: 'We cannot check your login right now. Try again in a moment.',
                  extensions: { code: SESSION_UNAVAILABLE },
                },
              ],
            });
          return;
        }
        req.log.error({ err: error }, 'session resolution failed; serving as anonymous');
        principals.set(req, anonymous);
      }
      const principal = principals.get(req) ?? anonymous;
      const wait = await rateLimits.request(principal, req.ip ?? '');
      if (wait !== null) {
        req.log.warn({ principalKind: principal.kind }, 'rate limited');
        metrics.countRefusal(RATE_LIMITED);
        res
          .status(429)
          .setHeader('Retry-After', String(wait))
          .json({
            errors: [
              {
                message: 'Too many requests. Wait a little and try again.',
                extensions: { code: RATE_LIMITED },
              },
            ],
          });
        return;
      }
      next();
    },
    express.json({ limit: config.limits.maxDocumentBytes }),
    unreadableBody,
    (req: express.Request, res: express.Response, next: express.NextFunction) => {
      const principal = principals.get(req) ?? anonymous;
      const refused = settleDocument(trusted, principal, req.body, config.trustedDocuments.enforce);
      if (!refused) return next();
      req.log.warn({ code: refused.code, principalKind: principal.kind }, 'document refused');
      metrics.countRefusal(refused.code);
      res
        .status(refused.status)
        .json({ errors: [{ message: refused.message, extensions: { code: refused.code } }] });
    },
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = String(req.id);
        const principal = principals.get(req) ?? anonymous;
        return { requestId, principal, log: logger.child({ requestId, principalKind: principal.kind }) };
      },
    }),
  );

  // Anything that still fails: a bare code, never express's page (which shows a stack).
  app.use(((error, req, res, _next) => {
    (req.log ?? logger).error({ err: error }, 'unhandled error');
    if (res.headersSent) return res.destroy();
    res.status(500).json({
      errors: [
        { message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ],
    });
  }) as express.ErrorRequestHandler);

  const url = await listen(httpServer, config.http.host, config.http.port);
  return {
    url,
    close: async () => {
      ready = false;
      await apollo.stop();
      httpServer.closeAllConnections();
    },
  };
}
