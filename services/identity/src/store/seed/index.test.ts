import { describe, expect, it } from 'vitest';
import { isDirectEmailAddress, normaliseMobile } from '../../domain/contact-point.js';
import { parseFodselsnummer } from '../../domain/fodselsnummer.js';
import { SYNTHETIC_MANDATES, SYNTHETIC_PERSONS } from './index.js';

describe('SYNTHETIC_PERSONS', () => {
  it.each(SYNTHETIC_PERSONS.map((p) => [p.displayName, p] as const))(
    '%s has a valid synthetic Tenor number',
    (_name, p) => {
      const synthetic = parseFodselsnummer(p.fnr, { allowSynthetic: true });
      expect(synthetic.ok && synthetic.value.synthetic).toBe('TENOR');
      // …and could never pass as a real one.
      expect(parseFodselsnummer(p.fnr, { allowSynthetic: false })).toEqual({
        ok: false,
        code: 'SYNTHETIC_NOT_ALLOWED',
      });
    },
  );

  it.each(SYNTHETIC_PERSONS.map((p) => [p.displayName, p] as const))(
    '%s has normalised contact points',
    (_name, p) => {
      if (p.mobile) expect(normaliseMobile(p.mobile)).toEqual({ ok: true, value: p.mobile });
      if (p.email) expect(isDirectEmailAddress(p.email)).toEqual({ ok: true, value: p.email });
    },
  );

  it('keeps ids and numbers unique, and the first three ids other seeds refer to', () => {
    expect(new Set(SYNTHETIC_PERSONS.map((p) => p.id)).size).toBe(SYNTHETIC_PERSONS.length);
    expect(new Set(SYNTHETIC_PERSONS.map((p) => p.fnr)).size).toBe(SYNTHETIC_PERSONS.length);
    expect(SYNTHETIC_PERSONS.slice(0, 3).map((p) => [p.id, p.displayName])).toEqual([
      ['0b7c2a52-5f7e-4c1e-8f2a-000000000001', 'Kari Testesen'],
      ['0b7c2a52-5f7e-4c1e-8f2a-000000000002', 'Ola Prøvesen'],
      ['0b7c2a52-5f7e-4c1e-8f2a-000000000003', 'Advokat Anne Eksempel'],
    ]);
  });

  it('has mandates only between seeded persons', () => {
    const ids = new Set<string>(SYNTHETIC_PERSONS.map((p) => p.id));
    for (const m of SYNTHETIC_MANDATES) {
      expect(ids.has(m.agentPersonId) && ids.has(m.principalPersonId)).toBe(true);
    }
  });
});
