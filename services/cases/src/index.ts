import 'reflect-metadata';

export { type Config, loadConfig } from './config.js';
export { buildCasesSchema as buildSchema } from './schema/index.js';
export { createCasesService as createService } from './service.js';
export { entities } from './store/entities/index.js';
export { seedLawyerCases } from './store/seed/bulk.js';
export { seedStatisticalCases } from './store/seed/statistical.js';
