import { composeService, type Service } from '@klageportal/federation';
import type { Logger } from '@klageportal/kit';
import { createEventBus, type EventBus } from '@klageportal/notify';
import type { Config } from './config.js';
import { createContext } from './context.js';
import { consentEvent } from './domain/consent.js';
import { authRoutes } from './http/auth.routes.js';
import { buildIdentitySchema } from './schema/index.js';
import { findAllConsents } from './store/consent.store.js';
import { entities } from './store/entities/index.js';
import { createFnrVault } from './store/fnr-vault.js';
import { migrations, migrationsPathTs } from './store/migrations/index.js';
import { createSeed } from './store/seed/index.js';

export function createIdentityService(config: Config, options: { logger?: Logger } = {}): Promise<Service> {
  const vault = createFnrVault({ encryptionKey: config.fnr.encryptionKey, hashKey: config.fnr.hashKey });
  const events: { bus: EventBus | null } = { bus: null };
  const publish = async (topic: string, payload: Record<string, unknown>, key: string) => {
    await events.bus?.publish(topic, payload, { key });
  };
  return composeService({
    name: 'identity',
    config,
    entities,
    migrations,
    migrationsPathTs,
    schema: buildIdentitySchema,
    context: (base) => createContext(base, { vault, allowSyntheticFnr: config.fnr.allowSynthetic, publish }),
    // with events on, other services learn every consent once at start (idempotent by its time),
    // then each change as it happens
    background: async ({ orm, logger }) => {
      if (!config.events) return null;
      const bus = await createEventBus({
        connectionString: config.db.url,
        schema: config.events.schema,
        logger,
      });
      events.bus = bus;
      for (const consent of await findAllConsents(orm.em.fork() as never)) {
        const at = [consent.notificationsAt, consent.withdrawnAt, consent.minSideAt]
          .filter((d): d is Date => d !== null)
          .sort((a, b) => b.getTime() - a.getTime())[0];
        if (!at) continue;
        const event = consentEvent(consent, at);
        await publish('person-consent', event, `${event.personId}:${event.at}`);
      }
      return {
        stop: async () => {
          events.bus = null;
          await bus.stop();
        },
      };
    },
    seed: createSeed(vault),
    routes: (app, deps) => authRoutes(app, { ...deps, config, vault }),
    ...options,
  });
}
