import 'reflect-metadata';
import { printSdl, runServiceCli } from '@klageportal/federation';
import { loadConfig } from './config.js';
import { buildCasesSchema } from './schema/index.js';
import { createCasesService } from './service.js';

await runServiceCli({
  argv: process.argv.slice(2),
  sdl: async () => printSdl(await buildCasesSchema()),
  create: () => createCasesService(loadConfig()),
});
