import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, overLimit } from '../src/limits.js';
import { apiSchema } from './support.js';

const schema = await apiSchema();
const check = (query: string) => overLimit(schema, parse(query), DEFAULT_LIMITS);
const n = (count: number, piece: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => piece(i)).join(' ');

describe('operation limits', () => {
  it('let operations of the portal’s size through', () => {
    expect(
      check(`query { statistics(year: 2026) { year received months { month received decided }
        byCaseType { caseType { code name } processingTime { medianWeeks p80Weeks } } outcomes { outcome count } } }`),
    ).toBeNull();
    expect(
      check(
        '{ myCases(first: 25) { items { caseNumber case { id caseType { code name } documents { title files { id } } } } } }',
      ),
    ).toBeNull();
  });

  it('refuse an operation nested deeper than the limit (QUERY_TOO_DEEP), and not one at it', () => {
    // the schema has no cycles deeper than the default allows: the rule is shown with a lower limit
    const deep = '{ myCases(first: 1) { items { case { documents { files { id } } } } } }';
    expect(overLimit(schema, parse(deep), { ...DEFAULT_LIMITS, maxDepth: 4 })?.extensions).toMatchObject({
      code: 'QUERY_TOO_DEEP',
      http: { status: 400 },
    });
    expect(overLimit(schema, parse(deep), { ...DEFAULT_LIMITS, maxDepth: 6 })).toBeNull();
  });

  it('refuse more aliases than the limit (TOO_MANY_ALIASES), and not as many as it', () => {
    expect(
      check(`{ ${n(DEFAULT_LIMITS.maxAliases + 1, (i) => `a${i}: pressService { openNow }`)} }`)?.extensions,
    ).toMatchObject({
      code: 'TOO_MANY_ALIASES',
      http: { status: 400 },
    });
    expect(check(`{ ${n(DEFAULT_LIMITS.maxAliases, (i) => `a${i}: pressService { openNow }`)} }`)).toBeNull();
  });

  it('refuse more directives than the limit (TOO_MANY_DIRECTIVES)', () => {
    const directives = ' @include(if: true)'.repeat(DEFAULT_LIMITS.maxDirectives + 1);
    expect(check(`{ pressService { openNow${directives} } }`)?.extensions.code).toBe('TOO_MANY_DIRECTIVES');
  });

  it('refuse an operation costlier than the limit (QUERY_TOO_COSTLY)', () => {
    const year = (i: number) =>
      `s${i}: statisticsForYears(from: 2017, to: 2026) { year received decided months { month received decided }
        outcomes { outcome count } byCaseType { caseType { code name } group received decided
        processingTime { decided medianWeeks p80Weeks p90Weeks } } }`;
    // twenty years' pages at once cost about 1,250; shown against a limit of 500
    const limits = { ...DEFAULT_LIMITS, maxCost: 500 };
    expect(
      overLimit(schema, parse(`{ ${n(DEFAULT_LIMITS.maxAliases, year)} }`), limits)?.extensions.code,
    ).toBe('QUERY_TOO_COSTLY');
    expect(overLimit(schema, parse(`{ ${year(0)} }`), limits)).toBeNull();
  });

  it('says what was over, never a stack or an internal name', () => {
    const error = check(`{ ${n(DEFAULT_LIMITS.maxAliases + 1, (i) => `a${i}: pressService { openNow }`)} }`)!;
    expect(error.message).toMatch(/^Aliases limit of 20 exceeded/);
    expect(error.message).not.toMatch(/Syntax Error|at |\.ts/);
  });

  it('refuse a chain of fragments too long to count (found by fuzzing: it overflowed the stack → 500)', () => {
    const chain = Array.from({ length: 2_500 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`);
    const query = `{ ...F0 } ${chain.join(' ')} fragment F2500 on Query { viewer { authenticated } }`;
    expect(query.length).toBeLessThan(100_000); // under the body limit
    expect(check(query)?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', http: { status: 400 } });
  });
});
