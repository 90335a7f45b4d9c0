import { composeService, createServiceTokenVerifier, type Service } from '@klageportal/federation';
import type { Logger } from '@klageportal/kit';
import {
  createEventBus,
  createNotificationQueue,
  createRecordingSmsProvider,
  createSmtpEmailSender,
  startNotificationWorker,
} from '@klageportal/notify';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { type CasesDeps, createContext, defaultDeps } from './context.js';
import { documentRoutes } from './http/documents.routes.js';
import { CASE_FEED_AUDIENCE, feedRoutes } from './http/feed.routes.js';
import { buildCasesSchema } from './schema/index.js';
import { entities } from './store/entities/index.js';
import { migrations, migrationsPathTs } from './store/migrations/index.js';
import { recordNotificationConsent } from './store/outbox.store.js';
import { seed } from './store/seed/index.js';
import { seedStatisticalCases } from './store/seed/statistical.js';
import { RELAY_BATCH, relayOutbox } from './usecases/notifications.js';

/** The cases service; tests may give it another file store or virus scanner. */
export function createCasesService(
  config: Config,
  options: { logger?: Logger; deps?: Partial<CasesDeps> } = {},
): Promise<Service> {
  const kick = { run: () => {} };
  const deps: CasesDeps = { ...defaultDeps(), kickOutbox: () => kick.run(), ...options.deps };
  return composeService({
    name: 'cases',
    config,
    entities,
    migrations,
    migrationsPathTs,
    schema: buildCasesSchema,
    context: (base) => createContext(base, deps),
    seed: async (em, now) => {
      await seed(em, now);
      if (config.SEED_STATISTICAL_CASES > 0)
        await seedStatisticalCases(em as EntityManager, { count: config.SEED_STATISTICAL_CASES, now });
    },
    routes: (app, routeDeps) => {
      documentRoutes(app, routeDeps);
      feedRoutes(
        config.CASE_FEED_CONSUMER_KEYS
          ? createServiceTokenVerifier({
              service: 'stats',
              publicJwks: config.CASE_FEED_CONSUMER_KEYS as Parameters<
                typeof createServiceTokenVerifier
              >[0]['publicJwks'],
              audience: CASE_FEED_AUDIENCE,
            })
          : null,
      )(app, routeDeps);
    },
    background: async ({ orm, logger }) => {
      if (!config.EVENTS_SCHEMA) return null;
      const stops: (() => Promise<void>)[] = [];
      // identity tells us who consents to notices
      const bus = await createEventBus({
        connectionString: config.db.url,
        schema: config.EVENTS_SCHEMA,
        logger,
      });
      stops.push(() => bus.stop());
      await bus.subscribe('person-consent', async (event) => {
        const { personId, notifications, at } = event as {
          personId: string;
          notifications: boolean;
          at: string;
        };
        await recordNotificationConsent(orm.em.fork() as EntityManager, {
          personId,
          notifications,
          at: new Date(at),
        });
      });
      const notify = config.notifications;
      if (notify) {
        const queue = await createNotificationQueue({
          connectionString: config.db.url,
          schema: notify.queue.schema,
          logger,
        });
        stops.unshift(() => queue.stop());
        await startNotificationWorker({
          queue,
          email: createSmtpEmailSender(notify.smtp),
          sms: createRecordingSmsProvider(notify.sms.outboxFile ? { file: notify.sms.outboxFile } : {}),
          link: notify.link,
          logger,
        });
        // the relay is a pg-boss job: one waiting at a time, sent after each commit that wrote to
        // the outbox, at start, and every half minute in case a kick was lost
        const log = logger.child({ module: 'outbox-relay' });
        await queue.boss.createQueue('outbox-relay', { policy: 'short', retryLimit: 5, retryDelay: 5 });
        await queue.boss.work('outbox-relay', { pollingIntervalSeconds: 0.5 }, async () => {
          while ((await relayOutbox(orm.em.fork() as EntityManager, queue, log)) === RELAY_BATCH) {}
        });
        kick.run = () => {
          queue.boss
            .send('outbox-relay', {})
            .catch((error: unknown) => log.warn({ err: String(error) }, 'relay not kicked'));
        };
        kick.run();
        const timer = setInterval(() => kick.run(), 30_000);
        stops.unshift(async () => clearInterval(timer));
      }
      return {
        stop: async () => {
          kick.run = () => {};
          for (const stop of stops) await stop();
        },
      };
    },
    ...(options.logger ? { logger: options.logger } : {}),
  });
}
