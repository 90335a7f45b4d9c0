import { randomBytes } from 'node:crypto';
import { databaseUrl, dropDatabase, ensureDatabase } from '@klageportal/devstack';
import { createLogger } from '@klageportal/kit';
import { type MikroORM, migrateUp, openOrm, type ServiceOrmOptions } from '@klageportal/orm';
import { inject } from 'vitest';

export type TestDb = {
  /** URL of this file's own database. */
  url: string;
  name: string;
  orm: MikroORM;
  /** Empties every table of the service's schema (keeps the migrations table). */
  clear(): Promise<void>;
  /** Closes the ORM and drops the database. */
  dispose(): Promise<void>;
};

/** The server URL the run uses (see global-setup). */
export function pgAdminUrl(): string {
  return inject('pgAdminUrl');
}

/** A fresh, randomly named database on the run's server; nothing is created in it. */
export async function createEmptyDatabase(prefix = 'klageportal_test'): Promise<{
  url: string;
  name: string;
  drop(): Promise<void>;
}> {
  const admin = pgAdminUrl();
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(admin, name);
  return { url: databaseUrl(admin, name), name, drop: () => dropDatabase(admin, name) };
}

/**
 * The shape of every integration test (mikro-orm's own tests): a database of its own per test
 * file, brought up by the service's real migrations (never `schema.create()`), dropped after.
 */
export async function createTestDb(open: (url: string) => Promise<MikroORM>): Promise<TestDb> {
  const db = await createEmptyDatabase();
  const orm = await open(db.url);
  await migrateUp(orm);
  return {
    url: db.url,
    name: db.name,
    orm,
    clear: () => orm.schema.clear(),
    dispose: async () => {
      await orm.close(true);
      await db.drop();
    },
  };
}

/**
 * A service's own test database (migrated) with a statement counter: the ORM logs SQL at debug
 * level (statements only, never parameters), and `countQueries()` counts from the moment it is
 * called (mikro-orm's mockLogger idea).
 */
export async function createServiceTestDb(
  options: Omit<ServiceOrmOptions, 'url' | 'logger'>,
): Promise<TestDb & { countQueries(): { count(): number } }> {
  let statements = 0;
  const logger = createLogger({
    service: `${options.schema}-store-test`,
    level: 'debug',
    destination: {
      write: (line: string) => {
        if (line.includes('"msg":"sql"')) statements++;
      },
    },
  });
  const db = await createTestDb((url) => openOrm({ ...options, url, logger }));
  return {
    ...db,
    countQueries: () => {
      const from = statements;
      return { count: () => statements - from };
    },
  };
}
