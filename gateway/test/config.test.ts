import { generateInternalKeyPair } from '@klageportal/federation';
import { ConfigError } from '@klageportal/kit';
import { expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

const { privateJwk } = await generateInternalKeyPair();
const INTERNAL_JWT_PRIVATE_KEY = JSON.stringify(privateJwk);

it('takes subgraph URLs from the environment, with local defaults', () => {
  const config = loadConfig({
    SUBGRAPH_CASES_URL: 'http://cases.internal:8080/graphql',
    INTERNAL_JWT_PRIVATE_KEY,
  });
  expect(config.subgraphs.cases).toBe('http://cases.internal:8080/graphql');
  expect(config.subgraphs.stats).toBe('http://127.0.0.1:4104/graphql');
});

it('refuses a malformed URL', () => {
  expect(() => loadConfig({ SUBGRAPH_CASES_URL: 'not a url', INTERNAL_JWT_PRIVATE_KEY })).toThrow(
    ConfigError,
  );
});

it('requires the internal signing key, and refuses a public key in its place', async () => {
  expect(() => loadConfig({})).toThrow(ConfigError);
  const { publicJwks } = await generateInternalKeyPair();
  expect(() => loadConfig({ INTERNAL_JWT_PRIVATE_KEY: JSON.stringify(publicJwks.keys[0]) })).toThrow(
    ConfigError,
  );
});
