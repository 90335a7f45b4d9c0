import { ConfigError } from '@klageportal/kit';
import { expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

it('takes subgraph URLs from the environment, with local defaults', () => {
  const config = loadConfig({ SUBGRAPH_CASES_URL: 'http://cases.internal:8080/graphql' });
  expect(config.subgraphs.cases).toBe('http://cases.internal:8080/graphql');
  expect(config.subgraphs.stats).toBe('http://127.0.0.1:4104/graphql');
});

it('refuses a malformed URL', () => {
  expect(() => loadConfig({ SUBGRAPH_CASES_URL: 'not a url' })).toThrow(ConfigError);
});
