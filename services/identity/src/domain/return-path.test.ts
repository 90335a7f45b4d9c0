import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path.js';

describe('safeReturnPath: after login the browser stays on our site', () => {
  it.each([
    ['/', '/'],
    ['/samtykke', '/samtykke'],
    ['/saker?side=2#dok', '/saker?side=2#dok'],
  ])('keeps a local path %j', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    'https://evil.example/',
    '//evil.example/path',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    '/%0d%0aSet-Cookie:x=y',
    `/${'a'.repeat(600)}`,
    '',
    undefined,
    ['/', '/x'],
    '/\tevil',
  ])('refuses %j', (input) => {
    const result = safeReturnPath(input);
    expect(result.startsWith('/')).toBe(true);
    expect(result.startsWith('//')).toBe(false);
    expect(new URL(result, 'http://portal.invalid').origin).toBe('http://portal.invalid');
    if (typeof input === 'string' && input !== '/' && !input.startsWith('/%0d')) expect(result).toBe('/');
  });
});
