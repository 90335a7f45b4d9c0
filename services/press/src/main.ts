import 'reflect-metadata';
import { printSdl, runServiceCli } from '@klageportal/federation';
import { loadConfig } from './config.js';
import { buildPressSchema } from './schema/index.js';
import { createPressService } from './service.js';

await runServiceCli({
  argv: process.argv.slice(2),
  sdl: async () => printSdl(await buildPressSchema()),
  create: () => createPressService(loadConfig()),
});
