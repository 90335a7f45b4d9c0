import { composeService, type Service } from '@klageportal/federation';
import type { Logger } from '@klageportal/kit';
import type { Config } from './config.js';
import { type CasesDeps, createContext, defaultDeps } from './context.js';
import { documentRoutes } from './http/documents.routes.js';
import { buildCasesSchema } from './schema/index.js';
import { entities } from './store/entities/index.js';
import { migrations, migrationsPathTs } from './store/migrations/index.js';
import { seed } from './store/seed/index.js';

/** The cases service; tests may give it another file store or virus scanner. */
export function createCasesService(
  config: Config,
  options: { logger?: Logger; deps?: Partial<CasesDeps> } = {},
): Promise<Service> {
  const deps: CasesDeps = { ...defaultDeps(), ...options.deps };
  return composeService({
    name: 'cases',
    config,
    entities,
    migrations,
    migrationsPathTs,
    schema: buildCasesSchema,
    context: (base) => createContext(base, deps),
    seed,
    routes: documentRoutes,
    ...(options.logger ? { logger: options.logger } : {}),
  });
}
