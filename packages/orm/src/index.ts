import 'reflect-metadata';
import type { Logger } from '@klageportal/kit';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import {
  defineConfig,
  type EntityManager,
  type MigrationObject,
  MikroORM,
  type Options,
} from '@mikro-orm/postgresql';

/**
 * The schemas of the services that share one database by default. A service's schema diff
 * (migration:create) ignores the others: it owns only its own.
 */
export const SERVICE_SCHEMAS = ['identity', 'cases', 'press', 'stats'] as const;

export type ServiceOrmOptions = {
  /** Connection URL of the database (not the schema). */
  url: string;
  /** The service's own PostgreSQL schema; every table and the migrations table live there. */
  schema: string;
  // biome-ignore lint/suspicious/noExplicitAny: MikroORM takes any entity class
  entities: any[];
  migrations: MigrationObject[];
  /** Where `migration:create` writes new files (the service's src/store/migrations). */
  migrationsPathTs: string;
  logger?: Logger;
  pool?: { min?: number; max?: number };
};

/**
 * One ORM configuration shape for every service: explicit options (no MIKRO_ORM_* env),
 * decorators with reflect-metadata, a migrations list compiled into the service (so the same
 * code runs from TypeScript in tests and from dist in production), and the service's schema.
 */
export function serviceOrmConfig(options: ServiceOrmOptions): Options {
  const log = options.logger?.child({ module: 'orm' });
  return defineConfig({
    clientUrl: options.url,
    schema: options.schema,
    entities: options.entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: true },
    schemaGenerator: { ignoreSchema: SERVICE_SCHEMAS.filter((s) => s !== options.schema) },
    pool: { min: options.pool?.min ?? 0, max: options.pool?.max ?? 10 },
    migrations: {
      migrationsList: options.migrations,
      pathTs: options.migrationsPathTs,
      path: options.migrationsPathTs,
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
    },
    // SQL is logged only at debug level, and parameters never (they may carry personal data).
    debug: log?.isLevelEnabled('debug') ? ['query'] : false,
    logger: (message: string) => log?.debug({ sql: message }, 'sql'),
    colors: false,
    ensureDatabase: false,
  });
}

export async function openOrm(options: ServiceOrmOptions): Promise<MikroORM> {
  return MikroORM.init(serviceOrmConfig(options));
}

/** Brings the service's schema up to date. Returns the names of the migrations applied. */
export async function migrateUp(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}

/** Cheap readiness probe: one round trip to the database. */
export async function isDatabaseReachable(orm: MikroORM): Promise<boolean> {
  try {
    await orm.em.getConnection().execute('select 1', [], 'get');
    return true;
  } catch {
    return false;
  }
}

export { type EntityManager, type MigrationObject, MikroORM };
