import { buildSchema, parse } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS } from '../src/limits.js';
import { overLimitOnce } from '../src/limits-once.js';

const limits = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../src/limits.js', async (original) => {
  const actual = await original<typeof import('../src/limits.js')>();
  return {
    ...actual,
    overLimit: (...args: Parameters<typeof actual.overLimit>) => {
      limits.calls++;
      return actual.overLimit(...args);
    },
  };
});

/** The operation limits are worked out once per document and schema, with the same verdicts. */
const schema = buildSchema('type Query { node(id: ID): Node } type Node { id: ID! parent: Node }');

describe('overLimitOnce', () => {
  it('gives overLimit’s verdict, worked out once per document and schema', () => {
    const check = overLimitOnce({ ...DEFAULT_LIMITS, maxDepth: 3 });
    const shallow = parse('{ node { id } }');
    const deep = parse('{ node { parent { parent { parent { id } } } } }');
    expect(check(schema, shallow)).toBeNull();
    expect(check(schema, shallow)).toBeNull();
    const first = check(schema, deep);
    const again = check(schema, deep);
    expect(first?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', http: { status: 400 } });
    expect(again?.message).toBe(first?.message);
    expect(again).not.toBe(first);
    expect(limits.calls).toBe(2);
    // the same text parsed anew, or another schema: worked out again
    expect(check(schema, parse('{ node { id } }'))).toBeNull();
    expect(check(buildSchema('type Query { node: Node } type Node { id: ID }'), shallow)).toBeNull();
    expect(limits.calls).toBe(4);
  });
});
