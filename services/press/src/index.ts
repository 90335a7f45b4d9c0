import 'reflect-metadata';

export { type Config, loadConfig } from './config.js';
export { buildPressSchema as buildSchema } from './schema/index.js';
export { createPressService as createService } from './service.js';
