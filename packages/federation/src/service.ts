import type { BaseContext } from '@apollo/server';
import { createLogger, type Logger, type ServiceEnv } from '@klageportal/kit';
import {
  type EntityManager,
  isDatabaseReachable,
  type MigrationObject,
  type MikroORM,
  migrateUp,
  openOrm,
} from '@klageportal/orm';
import type { Express, Request, RequestHandler, Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { bearerToken, createInternalTokenVerifier } from './internal-token.js';
import type { Principal } from './principal.js';
import type { ServiceHandle } from './run.js';
import { type RequestInfo, requestIdOf, startSubgraphServer } from './server.js';

/** What every subgraph's per-request context holds; services add their loaders. */
export type BaseRequestContext = {
  principal: Principal;
  /** A fork of the ORM's EntityManager for this request only. */
  em: EntityManager;
  log: Logger;
  requestId: string;
};

export type ServiceDefinition<TContext extends BaseContext> = {
  name: string;
  config: ServiceEnv;
  // biome-ignore lint/suspicious/noExplicitAny: MikroORM takes any entity class
  entities: any[];
  migrations: MigrationObject[];
  migrationsPathTs: string;
  schema: () => Promise<GraphQLSchema>;
  /** Adds the service's own parts (loaders …) to the base context. */
  context: (base: BaseRequestContext) => TContext;
  seed: (em: EntityManager, now: Date) => Promise<void>;
  /**
   * Extra HTTP routes beside /graphql, given the ORM and the logger, and `withContext`: a handler
   * behind the same internal-token check as /graphql, with the same per-request context.
   */
  routes?: (app: Express, deps: RouteDeps<TContext>) => void;
  logger?: Logger;
  /**
   * Work beside the HTTP server (queue workers, event subscribers), started with `listen` and
   * stopped by `close`. Absent or returning null: nothing runs.
   */
  background?: (deps: { orm: MikroORM; logger: Logger }) => Promise<{ stop(): Promise<void> } | null>;
};

export type Service = ServiceHandle & { orm: MikroORM };

/** A route handler with the request's context (principal, forked EntityManager, loaders, log). */
export type ContextHandler<TContext> = (ctx: TContext, req: Request, res: Response) => Promise<void>;

export type RouteDeps<TContext> = {
  orm: MikroORM;
  logger: Logger;
  /**
   * Wraps a handler: 401 without a valid internal token for this subgraph; otherwise the handler
   * runs with a fresh context. An exception it throws is logged and answered as a bare 500 (when
   * nothing was sent yet), never with its message.
   */
  withContext(handler: ContextHandler<TContext>): RequestHandler;
};

/**
 * The composition root every subgraph shares: logger → ORM (its own schema) → subgraph schema
 * → HTTP server. One forked EntityManager per request; no global context.
 */
export async function composeService<TContext extends BaseContext>(
  definition: ServiceDefinition<TContext>,
): Promise<Service> {
  const { config } = definition;
  const logger = definition.logger ?? createLogger({ service: definition.name, level: config.log.level });
  const orm = await openOrm({
    url: config.db.url,
    schema: config.db.schema,
    entities: definition.entities,
    migrations: definition.migrations,
    migrationsPathTs: definition.migrationsPathTs,
    logger,
    pool: { max: config.db.poolMax },
  });
  let running: { stop(): Promise<void> } | null = null;
  return {
    logger,
    orm,
    migrate: () => migrateUp(orm),
    seed: () => definition.seed(orm.em.fork(), new Date()),
    createMigration: async () => {
      const created = await orm.migrator.create();
      return created.diff.up.length > 0 ? created.fileName : null;
    },
    listen: async () => {
      if (definition.background && !running) running = await definition.background({ orm, logger });
      const verifyToken = createInternalTokenVerifier({
        publicJwks: config.internalJwt.publicJwks as never,
        audience: definition.name,
      });
      const contextFor = ({ requestId, log, principal }: RequestInfo) =>
        definition.context({ principal, em: orm.em.fork(), log, requestId });
      const withContext =
        (handler: ContextHandler<TContext>): RequestHandler =>
        async (req, res) => {
          const verified = await verifyToken(bearerToken(req.headers.authorization));
          if (!verified.ok) {
            res.status(401).json({ error: 'UNAUTHENTICATED' });
            return;
          }
          const requestId = requestIdOf(req);
          const log = logger.child({ requestId, principalKind: verified.value.kind });
          try {
            await handler(contextFor({ req, requestId, log, principal: verified.value }), req, res);
          } catch (error) {
            log.error({ err: error, path: req.path }, 'unexpected error in route');
            if (!res.headersSent) res.status(500).json({ error: 'INTERNAL_SERVER_ERROR' });
            else res.destroy();
          }
        };
      return startSubgraphServer<TContext>({
        schema: await definition.schema(),
        host: config.http.host,
        port: config.http.port,
        logger,
        ready: () => isDatabaseReachable(orm),
        verifyToken,
        debugMemory: config.debug.memoryEndpoint,
        ...(definition.routes
          ? { routes: (app) => definition.routes!(app, { orm, logger, withContext }) }
          : {}),
        context: async (info: RequestInfo) => contextFor(info),
      });
    },
    close: async () => {
      await running?.stop();
      running = null;
      await orm.close(true);
    },
  };
}
