import { composeService, type Service } from '@klageportal/federation';
import type { Logger } from '@klageportal/kit';
import { startScheduledJob } from '@klageportal/notify';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { createContext, defaultDeps, type PressDeps } from './context.js';
import { PRESS_HOURS } from './domain/press-service.js';
import { buildPressSchema } from './schema/index.js';
import { entities } from './store/entities/index.js';
import { migrations, migrationsPathTs } from './store/migrations/index.js';
import { seed } from './store/seed/index.js';
import { runRetention } from './usecases/press-log.js';

/** The press service; tests may give it another clock. */
export function createPressService(
  config: Config,
  options: { logger?: Logger; deps?: Partial<PressDeps> } = {},
): Promise<Service> {
  const deps: PressDeps = { ...defaultDeps(), ...options.deps };
  return composeService({
    name: 'press',
    config,
    entities,
    migrations,
    migrationsPathTs,
    schema: buildPressSchema,
    context: (base) => createContext(base, deps),
    seed,
    // "Opplysningene slettes etter ti år": a scheduled job on the database's job queue, so it
    // runs once per night whatever the number of replicas, and catches up after downtime
    background: async ({ orm, logger }) => {
      const log = logger.child({ module: 'press-retention' });
      const job = await startScheduledJob({
        connectionString: config.db.url,
        schema: config.PRESS_JOBS_SCHEMA,
        name: 'press-retention',
        cron: config.PRESS_RETENTION_CRON,
        timeZone: PRESS_HOURS.timeZone,
        logger,
        run: async () => {
          await runRetention(orm.em.fork() as EntityManager, deps.clock(), log);
        },
      });
      return { stop: () => job.stop() };
    },
    ...(options.logger ? { logger: options.logger } : {}),
  });
}
