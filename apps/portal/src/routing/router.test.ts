import { describe, expect, it } from 'vitest';
import {
  casePath,
  isStaffPath,
  loginUrl,
  loginUrlFor,
  matchRoute,
  normalisePath,
  paths,
  staffCasePath,
  staffLoginUrl,
} from './router';

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

describe('matchRoute', () => {
  it('knows every page', () => {
    expect(matchRoute('/')).toEqual({ name: 'start' });
    expect(matchRoute('/samtykke/')).toEqual({ name: 'consent' });
    expect(matchRoute('/ingen-tilgang')).toEqual({ name: 'accessDenied' });
    expect(matchRoute('/saker')).toEqual({ name: 'myCases' });
    expect(matchRoute('/saker/6f1d2c1e-0001')).toEqual({ name: 'case', id: '6f1d2c1e-0001' });
    expect(matchRoute('/intern')).toEqual({ name: 'staffCases' });
    expect(matchRoute('/intern/ny/')).toEqual({ name: 'staffRegister' });
    expect(matchRoute('/intern/saker/abc')).toEqual({ name: 'staffCase', id: 'abc' });
    expect(matchRoute('/intern/presse/')).toEqual({ name: 'staffPress' });
    expect(matchRoute('/presse')).toEqual({ name: 'press' });
    expect(matchRoute('/statistikk/')).toEqual({ name: 'statistics' });
  });

  it('treats anything else as not found', () => {
    for (const path of [
      '/saker/a/b',
      '/saker/%E0%A4%A',
      '/saker/a%2Fb',
      '/intern/saker',
      '/intern/x',
      '/sak',
    ]) {
      expect(matchRoute(path)).toEqual({ name: 'notFound' });
    }
  });

  it('builds the links the pages use', () => {
    expect(casePath('abc')).toBe('/saker/abc');
    expect(staffCasePath('a b')).toBe('/intern/saker/a%20b');
    expect(matchRoute(casePath('x/y'))).toEqual({ name: 'notFound' });
  });
});

describe('logins', () => {
  it('come back to the page that asked', () => {
    expect(loginUrlFor('/saker/')).toBe('/auth/login?returnTo=%2Fsaker');
    expect(staffLoginUrl()).toBe('/auth/staff/login?returnTo=/intern');
    expect(staffLoginUrl('/intern/ny')).toBe('/auth/staff/login?returnTo=/intern/ny');
    expect(staffLoginUrl('/saker')).toBe('/auth/staff/login?returnTo=/intern');
    expect(isStaffPath('/internett')).toBe(false);
  });
});
