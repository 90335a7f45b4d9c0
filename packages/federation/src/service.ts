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
import type { Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import { createInternalTokenVerifier } from './internal-token.js';
import type { Principal } from './principal.js';
import type { ServiceHandle } from './run.js';
import { type RequestInfo, startSubgraphServer } from './server.js';

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
  /** Extra HTTP routes beside /graphql, given the ORM and the logger. */
  routes?: (app: Express, deps: { orm: MikroORM; logger: Logger }) => void;
  logger?: Logger;
};

export type Service = ServiceHandle & { orm: MikroORM };

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
  return {
    logger,
    orm,
    migrate: () => migrateUp(orm),
    seed: () => definition.seed(orm.em.fork(), new Date()),
    createMigration: async () => {
      const created = await orm.migrator.create();
      return created.diff.up.length > 0 ? created.fileName : null;
    },
    listen: async () =>
      startSubgraphServer<TContext>({
        schema: await definition.schema(),
        host: config.http.host,
        port: config.http.port,
        logger,
        ready: () => isDatabaseReachable(orm),
        verifyToken: createInternalTokenVerifier({
          publicJwks: config.internalJwt.publicJwks as never,
          audience: definition.name,
        }),
        ...(definition.routes ? { routes: (app) => definition.routes!(app, { orm, logger }) } : {}),
        context: async ({ requestId, log, principal }: RequestInfo) =>
          definition.context({ principal, em: orm.em.fork(), log, requestId }),
      }),
    close: () => orm.close(true),
  };
}
