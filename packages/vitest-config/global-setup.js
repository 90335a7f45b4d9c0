// Delegates to the testkit: one PostgreSQL server per test run (the local one when
// TEST_DATABASE_URL / DATABASE_URL is set, else a throw-away embedded one).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export default async function setup(project) {
  const require = createRequire(`${project.config.root}/package.json`);
  const entry = require.resolve('@klageportal/testkit/global-setup');
  const mod = await import(pathToFileURL(entry).href);
  return mod.default(project);
}
