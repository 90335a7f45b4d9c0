import 'reflect-metadata';
import { printSdl, runServiceCli } from '@klageportal/federation';
import { loadConfig } from './config.js';
import { buildStatsSchema } from './schema/index.js';
import { createStatsService } from './service.js';

await runServiceCli({
  argv: process.argv.slice(2),
  sdl: async () => printSdl(await buildStatsSchema()),
  create: () => createStatsService(loadConfig()),
});
