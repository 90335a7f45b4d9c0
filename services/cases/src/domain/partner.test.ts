import { describe, expect, it } from 'vitest';
import { isVisibleToPartner, partnerBodyOf } from './partner.js';

describe('isVisibleToPartner', () => {
  it.each<[string, string, string, 'OK' | 'OTHER_FIRST_INSTANCE_BODY']>([
    ['NPE sees a complaint on an NPE decision', 'NPE', 'NPE', 'OK'],
    ['NPE never sees a Helfo case', 'HELFO', 'NPE', 'OTHER_FIRST_INSTANCE_BODY'],
    ['NPE never sees a Statens helsetilsyn case', 'HTIL', 'NPE', 'OTHER_FIRST_INSTANCE_BODY'],
    ['NPE never sees a Helsedirektoratet case', 'HDIR', 'NPE', 'OTHER_FIRST_INSTANCE_BODY'],
    ['codes compare exactly', 'npe', 'NPE', 'OTHER_FIRST_INSTANCE_BODY'],
    ['another partner does not see NPE cases', 'NPE', 'HELFO', 'OTHER_FIRST_INSTANCE_BODY'],
  ])('%s', (_why, firstInstanceBodyCode, bodyCode, expected) => {
    const result = isVisibleToPartner({ firstInstanceBodyCode }, { bodyCode });
    expect(result.ok ? 'OK' : result.code).toBe(expected);
  });
});

describe('partnerBodyOf', () => {
  it.each<[string, string[], string | null]>([
    ['the NPE scope reads NPE complaints', ['helseklage:npe.klagesaker'], 'NPE'],
    ['among other scopes', ['openid', 'helseklage:npe.klagesaker'], 'NPE'],
    ['no scope', [], null],
    ['an unknown scope', ['helseklage:helfo.klagesaker'], null],
    ['a near miss', ['helseklage:npe.klagesaker.write'], null],
  ])('%s', (_why, scopes, expected) => {
    expect(partnerBodyOf(scopes)).toBe(expected);
  });
});
