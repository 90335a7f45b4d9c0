import 'reflect-metadata';

export { type Config, loadConfig } from './config.js';
export { buildStatsSchema as buildSchema } from './schema/index.js';
export { createStatsService as createService } from './service.js';
