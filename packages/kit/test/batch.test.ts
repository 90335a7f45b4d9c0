import { expect, it } from 'vitest';
import { orderByKeys } from '../src/index.js';

it('returns rows in key order with null for keys without a row', () => {
  const rows = [{ id: 'b' }, { id: 'a' }];
  expect(orderByKeys(['a', 'x', 'b', 'a'], rows, (r) => r.id)).toEqual([
    { id: 'a' },
    null,
    { id: 'b' },
    { id: 'a' },
  ]);
});
