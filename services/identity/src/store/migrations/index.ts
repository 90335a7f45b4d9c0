import type { MigrationObject } from '@klageportal/orm';
import { Migration20261125174825 } from './Migration20261125174825.js';
import { Migration20261125182209 } from './Migration20261125182209.js';

/**
 * Every migration of this service, in order. New ones come from
 * `pnpm --filter @klageportal/identity migration:create` and are added here.
 */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261125174825', class: Migration20261125174825 },
  { name: 'Migration20261125182209', class: Migration20261125182209 },
];

/** Where `migration:create` writes new migration files (the source folder, also when run from dist). */
export const migrationsPathTs = new URL('.', import.meta.url).pathname.replace('/dist/src/', '/src/');
