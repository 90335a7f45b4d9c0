import 'reflect-metadata';
import { printSdl, runServiceCli } from '@klageportal/federation';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from './config.js';
import { buildStatsSchema } from './schema/index.js';
import { createStatsService } from './service.js';
import { resetProjections } from './store/projection.store.js';

const argv = process.argv.slice(2);
if (argv[0] === 'rebuild') {
  // backfill: empty the projections and put the feed position at the start; the running
  // consumer (or the next start) replays the whole case-event feed into them
  const service = await createStatsService(loadConfig());
  await service.migrate();
  await resetProjections(service.orm.em.fork() as EntityManager);
  service.logger.info('projections emptied; the consumer rebuilds them from the start of the feed');
  await service.close();
} else {
  await runServiceCli({
    argv,
    sdl: async () => printSdl(await buildStatsSchema()),
    create: () => createStatsService(loadConfig()),
  });
}
