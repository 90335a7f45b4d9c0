import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startEmbeddedPostgres } from '@klageportal/devstack';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL of the PostgreSQL server this test run uses. */
    pgAdminUrl: string;
  }
}

/**
 * One PostgreSQL server per test run: the one TEST_DATABASE_URL or DATABASE_URL points to
 * (CI: the machine's PostgreSQL), else a throw-away embedded server. Test files then create
 * their own databases on it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configured = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (configured) {
    project.provide('pgAdminUrl', configured);
    return async () => undefined;
  }
  const dir = await mkdtemp(join(tmpdir(), 'klageportal-pg-'));
  await chmod(dir, 0o755); // PostgreSQL runs as its own user when we are root
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort() });
  project.provide('pgAdminUrl', pg.adminUrl);
  return async () => {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
