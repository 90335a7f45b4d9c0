import { describe, expect, it } from 'vitest';
import { ConfigError, envShapes, parseEnv, serviceEnvSchema, z } from '../src/index.js';

const schema = z.object({ PORT: envShapes.port(4000), DATABASE_URL: envShapes.postgresUrl });

describe('parseEnv', () => {
  it('parses, applies defaults and freezes', () => {
    const env = parseEnv(schema, { DATABASE_URL: 'postgres://u@localhost:5432/db' });
    expect(env.PORT).toBe(4000);
    expect(Object.isFrozen(env)).toBe(true);
  });

  it('reports every problem at once', () => {
    try {
      parseEnv(schema, { PORT: 'abc', DATABASE_URL: 'http://not-postgres' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).problems.map((p) => p.split(':')[0]).sort()).toEqual([
        'DATABASE_URL',
        'PORT',
      ]);
    }
  });
});

describe('serviceEnvSchema', () => {
  const base = {
    DATABASE_URL: 'postgres://u@localhost:5432/db',
    INTERNAL_JWT_PUBLIC_KEYS: JSON.stringify({ keys: [{ kty: 'EC' }] }),
  };
  it.each([
    ['off by default', {}, false],
    ['on when asked, outside production', { DEBUG_MEMORY_ENDPOINT: 'true', NODE_ENV: 'development' }, true],
    ['never in production', { DEBUG_MEMORY_ENDPOINT: 'true', NODE_ENV: 'production' }, false],
  ])('serves /debug/memory: %s', (_why, env, expected) => {
    const config = parseEnv(serviceEnvSchema({ port: 4102, schema: 'cases' }), { ...base, ...env });
    expect(config.debug.memoryEndpoint).toBe(expected);
  });
});
