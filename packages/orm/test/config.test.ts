import { describe, expect, it } from 'vitest';
import { SERVICE_SCHEMAS, serviceOrmConfig } from '../src/index.js';

describe('serviceOrmConfig', () => {
  const config = serviceOrmConfig({
    url: 'postgres://u@localhost:5432/db',
    schema: 'cases',
    entities: [],
    migrations: [],
    migrationsPathTs: '/tmp/migrations',
  });

  it('keeps a service to its own schema: the diff ignores every other service', () => {
    expect(config.schema).toBe('cases');
    expect(config.schemaGenerator?.ignoreSchema).toEqual(SERVICE_SCHEMAS.filter((s) => s !== 'cases'));
  });

  it('never logs SQL parameter values (they can be personal data)', () => {
    expect(config.debug === false || !(config.debug as string[]).includes('query-params')).toBe(true);
  });

  it('runs listed migrations in one transaction, without snapshots', () => {
    expect(config.migrations).toMatchObject({ migrationsList: [], allOrNothing: true, snapshot: false });
  });
});
