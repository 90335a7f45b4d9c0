import { describe, expect, it } from 'vitest';
import { loginUrl, normalisePath, paths } from './router';

describe('router', () => {
  it('ignores trailing slashes', () => {
    expect(normalisePath('/')).toBe('/');
    expect(normalisePath('')).toBe('/');
    expect(normalisePath('/samtykke/')).toBe(paths.consent);
    expect(normalisePath('/ingen-tilgang//')).toBe(paths.accessDenied);
  });

  it('logs in through the gateway and comes back to the start page', () => {
    expect(loginUrl).toBe('/auth/login?returnTo=/');
  });
});
