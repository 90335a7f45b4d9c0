import { describe, expect, it } from 'vitest';
import { en } from './messages/en';
import { nb } from './messages/nb';
import { nn } from './messages/nn';

const sourceKeys = Object.keys(nb).sort();

describe.each([
  ['nn', nn],
  ['en', en],
] as const)('%s messages', (_name, translated) => {
  it('has every bokmål key, and no others', () => {
    expect(Object.keys(translated).sort()).toEqual(sourceKeys);
  });

  it('has a non-empty text for every key', () => {
    for (const key of sourceKeys) {
      const text = (translated as Record<string, unknown>)[key];
      expect(typeof text, key).toBe('string');
      expect((text as string).trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders as bokmål', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, source] of Object.entries(nb)) {
      expect(placeholders((translated as Record<string, string>)[key] ?? ''), key).toEqual(
        placeholders(source),
      );
    }
  });
});

describe('nb messages', () => {
  it('has a non-empty text for every key', () => {
    for (const [key, text] of Object.entries(nb)) expect(text.trim(), key).not.toBe('');
  });
});
