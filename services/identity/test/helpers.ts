import { randomBytes } from 'node:crypto';
import { startTestService, type TestService } from '@klageportal/testkit';
import { createService, loadConfig } from '../src/index.js';

/** identity on its own database, seeded, with fresh secrets for this file only. */
export function startIdentity(): Promise<TestService> {
  return startTestService({
    name: 'identity',
    loadConfig,
    create: createService,
    seed: true,
    env: {
      FNR_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      FNR_HASH_KEY: randomBytes(32).toString('base64'),
      LOGIN_COOKIE_KEY: randomBytes(32).toString('base64'),
      ALLOW_SYNTHETIC_FNR: 'true',
    },
  });
}
