import { describe, expect, it } from 'vitest';
import { ConfigError, envShapes, parseEnv, z } from '../src/index.js';

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
