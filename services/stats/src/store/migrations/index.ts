import type { MigrationObject } from '@klageportal/orm';
import { Migration20261125174953 } from './Migration20261125174953.js';
import { Migration20261125230728 } from './Migration20261125230728.js';

/**
 * Every migration of this service, in order. New ones come from
 * `pnpm --filter @klageportal/stats migration:create` and are added here.
 */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261125174953', class: Migration20261125174953 },
  { name: 'Migration20261125230728', class: Migration20261125230728 },
];

/** Where `migration:create` writes new migration files (the source folder, also when run from dist). */
export const migrationsPathTs = new URL('.', import.meta.url).pathname.replace('/dist/src/', '/src/');
