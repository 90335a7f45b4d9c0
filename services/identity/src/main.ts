import 'reflect-metadata';
import { printSdl, runServiceCli } from '@klageportal/federation';
import { loadConfig } from './config.js';
import { buildIdentitySchema } from './schema/index.js';
import { createIdentityService } from './service.js';

await runServiceCli({
  argv: process.argv.slice(2),
  sdl: async () => printSdl(await buildIdentitySchema()),
  create: () => createIdentityService(loadConfig()),
});
