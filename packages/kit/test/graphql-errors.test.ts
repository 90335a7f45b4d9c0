import { describe, expect, it } from 'vitest';
import { maskError } from '../src/index.js';

describe('maskError', () => {
  it('keeps expected errors with their code', () => {
    const masked = maskError({
      message: 'You must log in to see this.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(masked).toEqual({
      message: 'You must log in to see this.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('keeps a reason that is a code, and drops any other extension', () => {
    const masked = maskError({
      message: 'You may not see this.',
      extensions: { code: 'FORBIDDEN', reason: 'TWO_LAWYERS', personId: 'x' },
    });
    expect(masked.extensions).toEqual({ code: 'FORBIDDEN', reason: 'TWO_LAWYERS' });
    const prose = maskError({ message: 'm', extensions: { code: 'FORBIDDEN', reason: 'Kari has a lawyer' } });
    expect(prose.extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it.each([
    {
      message: 'relation "cases.complaint_case" does not exist',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    },
    { message: 'connect ECONNREFUSED 127.0.0.1:4102', extensions: { stacktrace: ['at x (/srv/a.js:1)'] } },
  ])('hides internals of unexpected errors: $message', (error) => {
    const masked = maskError(error);
    expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(masked)).not.toMatch(/ECONNREFUSED|relation|stacktrace|4102/);
  });
});
