import { composeService, createServiceTokenSigner, type Service } from '@klageportal/federation';
import type { Logger } from '@klageportal/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { createContext, type StatsDeps } from './context.js';
import { openDataRoutes } from './http/open-data.routes.js';
import { buildStatsSchema } from './schema/index.js';
import { httpFeedReader } from './store/case-feed.client.js';
import { entities } from './store/entities/index.js';
import { migrations, migrationsPathTs } from './store/migrations/index.js';
import { type FeedReader, startFeedConsumer } from './usecases/feed-consumer.js';
import { createYearCache } from './usecases/statistics.js';

/** The stats service; tests may give it another clock or feed reader. */
export function createStatsService(
  config: Config,
  options: { logger?: Logger; deps?: Partial<StatsDeps>; feed?: FeedReader } = {},
): Promise<Service> {
  const deps: StatsDeps = {
    clock: () => new Date(),
    threshold: config.SUPPRESSION_THRESHOLD,
    cache: createYearCache(),
    ...options.deps,
  };
  return composeService({
    name: 'stats',
    config,
    entities,
    migrations,
    migrationsPathTs,
    schema: buildStatsSchema,
    context: (base) => createContext(base, deps),
    // nothing to seed: the figures come from the cases service's seeded cases through the feed
    seed: async () => {},
    routes: openDataRoutes(deps),
    // the projections are fed from the cases service's case-event feed, in order, from the last
    // committed position (stats never reads the cases schema)
    background: async ({ orm, logger }) => {
      let read = options.feed ?? null;
      if (!read && config.CASES_FEED_URL && config.CASE_FEED_PRIVATE_KEY) {
        const sign = await createServiceTokenSigner({
          service: 'stats',
          privateJwk: config.CASE_FEED_PRIVATE_KEY as Parameters<
            typeof createServiceTokenSigner
          >[0]['privateJwk'],
        });
        read = httpFeedReader({ url: config.CASES_FEED_URL, sign });
      }
      if (!read) return null;
      const consumer = startFeedConsumer({
        em: orm.em.fork() as EntityManager,
        read,
        logger,
        pollMs: config.CASE_FEED_POLL_MS,
        limit: config.CASE_FEED_BATCH,
      });
      return { stop: () => consumer.stop() };
    },
    ...(options.logger ? { logger: options.logger } : {}),
  });
}
