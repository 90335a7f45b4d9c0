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
  type HttpServerHandle,
  healthRoutes,
  listen,
} from '@klageportal/federation';
import { type Logger, logUnexpected, maskError } from '@klageportal/kit';
import express from 'express';
import type { JWK } from 'jose';
import sirv from 'sirv';
import type { Config } from './config.js';
import type { GatewayContext } from './context.js';
import { SubgraphDataSource } from './data-source.js';

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
  const httpServer = http.createServer(app);
  const signInternalToken = await createInternalTokenSigner({
    privateJwk: config.internalJwt.privateJwk as JWK,
  });
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: logger.child({ module: 'apollo-gateway' }),
    buildService: ({ name, url }) =>
      new SubgraphDataSource({ name, url: config.subgraphs[name] ?? url ?? '', sign: signInternalToken }),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: maskError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ contextValue, errors }) {
              logUnexpected(contextValue.log ?? logger, errors);
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  let ready = true;
  healthRoutes(app, async () => ready);
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
  app.use('/graphiql', (req, res, next) => graphiql(req, res, () => next()));
  app.use(
    '/graphql',
    accessLog(logger),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = String(req.id);
        const principal = anonymous;
        return { requestId, principal, log: logger.child({ requestId, principalKind: principal.kind }) };
      },
    }),
  );

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
