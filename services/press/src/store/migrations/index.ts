import type { MigrationObject } from '@klageportal/orm';
import { Migration20261125174910 } from './Migration20261125174910.js';
import { Migration20261125223900 } from './Migration20261125223900.js';

/**
 * Every migration of this service, in order. New ones come from
 * `pnpm --filter @klageportal/press migration:create` and are added here.
 */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261125174910', class: Migration20261125174910 },
  { name: 'Migration20261125223900', class: Migration20261125223900 },
];

/** Where `migration:create` writes new migration files (the source folder, also when run from dist). */
export const migrationsPathTs = new URL('.', import.meta.url).pathname.replace('/dist/src/', '/src/');
