import { composeService, type Service } from '@klageportal/federation';
import type { Logger } from '@klageportal/kit';
import type { Config } from './config.js';
import { createContext } from './context.js';
import { buildStatsSchema } from './schema/index.js';
import { entities } from './store/entities/index.js';
import { migrations, migrationsPathTs } from './store/migrations/index.js';
import { seed } from './store/seed/index.js';

export function createStatsService(config: Config, options: { logger?: Logger } = {}): Promise<Service> {
  return composeService({
    name: 'stats',
    config,
    entities,
    migrations,
    migrationsPathTs,
    schema: buildStatsSchema,
    context: createContext,
    seed,
    ...options,
  });
}
