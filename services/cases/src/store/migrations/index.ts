import type { MigrationObject } from '@klageportal/orm';
import { Migration20261125174652 } from './Migration20261125174652.js';
import { Migration20261125191619 } from './Migration20261125191619.js';
import { Migration20261125200758 } from './Migration20261125200758.js';
import { Migration20261125204702 } from './Migration20261125204702.js';
import { Migration20261125210949 } from './Migration20261125210949.js';
import { Migration20261125211839 } from './Migration20261125211839.js';
import { Migration20261125223424 } from './Migration20261125223424.js';
import { Migration20261125225050 } from './Migration20261125225050.js';
import { Migration20261125234948 } from './Migration20261125234948.js';

/**
 * Every migration of this service, in order. New ones come from
 * `pnpm --filter @klageportal/cases migration:create` and are added here.
 */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261125174652', class: Migration20261125174652 },
  { name: 'Migration20261125191619', class: Migration20261125191619 },
  { name: 'Migration20261125200758', class: Migration20261125200758 },
  { name: 'Migration20261125204702', class: Migration20261125204702 },
  { name: 'Migration20261125210949', class: Migration20261125210949 },
  { name: 'Migration20261125211839', class: Migration20261125211839 },
  { name: 'Migration20261125223424', class: Migration20261125223424 },
  { name: 'Migration20261125225050', class: Migration20261125225050 },
  { name: 'Migration20261125234948', class: Migration20261125234948 },
];

/** Where `migration:create` writes new migration files (the source folder, also when run from dist). */
export const migrationsPathTs = new URL('.', import.meta.url).pathname.replace('/dist/src/', '/src/');
