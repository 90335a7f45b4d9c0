import { describe, expect, it } from 'vitest';
import { CASE_QUERY, CASE_QUERY_WITHOUT_ESTIMATE, lostBelowCase } from './cases';

describe('the case page query', () => {
  it('asks for the case type’s expected processing time in the same request as the case', () => {
    expect(CASE_QUERY).toContain(
      'caseType { expectedProcessingTime { decided medianWeeks p80Weeks p90Weeks suppressed } }',
    );
    expect(CASE_QUERY.match(/^query /gm)).toHaveLength(1);
    expect(CASE_QUERY).toContain('caseAccessLog(caseId: $id)');
  });

  it('has a fallback without the estimate, otherwise the same', () => {
    expect(CASE_QUERY_WITHOUT_ESTIMATE).not.toContain('expectedProcessingTime');
    expect(CASE_QUERY_WITHOUT_ESTIMATE.replace(/\s+/g, ' ')).toBe(
      CASE_QUERY.replace(/caseType \{ expectedProcessingTime \{[^}]*\} \}/, '').replace(/\s+/g, ' '),
    );
  });
});

describe('lostBelowCase', () => {
  it.each([
    ['no errors', [], false],
    ['the case refused', [{ message: 'x', path: ['case'], extensions: { code: 'FORBIDDEN' } }], false],
    ['the access log refused', [{ message: 'x', path: ['caseAccessLog'] }], false],
    ['the estimate failed', [{ message: 'x', path: ['case', 'caseType', 'expectedProcessingTime'] }], true],
    ['a subgraph failed (no path)', [{ message: 'x' }], true],
    ['an empty path', [{ message: 'x', path: [] }], true],
  ] as const)('%s → %s', (_name, errors, expected) => {
    expect(lostBelowCase(errors)).toBe(expected);
  });
});
