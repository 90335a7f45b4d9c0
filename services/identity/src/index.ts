import 'reflect-metadata';

export { type Config, loadConfig } from './config.js';
export { looksLikeFodselsnummer } from './domain/fodselsnummer.js';
export { buildIdentitySchema as buildSchema } from './schema/index.js';
export { createIdentityService as createService } from './service.js';
