import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { documentId } from '../src/api/graphql';

/**
 * The portal's trusted documents: every GraphQL operation its API modules export, by id
 * (`sha256:` + the SHA-256 of the exact text). The gateway serves these from
 * `gateway/trusted-documents.json` and lets citizen sessions run nothing else, so this test
 * fails when the committed file is not exactly what the portal sends. After changing an
 * operation: `pnpm trusted-documents` (this test with -u) and commit the file.
 */
const modules = import.meta.glob<Record<string, unknown>>(['../src/api/*.ts', '!../src/api/*.test.ts'], {
  eager: true,
});
const OPERATION = /^\s*(query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/;

function operations(): { name: string; text: string }[] {
  const found = new Map<string, string>();
  for (const exports of Object.values(modules)) {
    for (const value of Object.values(exports)) {
      if (typeof value !== 'string') continue;
      const match = OPERATION.exec(value);
      if (match) found.set(value, match[2]!);
    }
  }
  return [...found].map(([text, name]) => ({ name, text }));
}

describe('trusted documents', () => {
  it('are every operation the portal sends, committed for the gateway', async () => {
    const list = operations().sort(
      (a, b) => a.name.localeCompare(b.name) || documentId(a.text).localeCompare(documentId(b.text)),
    );
    // the portal's own operations, each named (names label the gateway's metrics and logs)
    expect(list.map((o) => o.name)).toEqual(
      expect.arrayContaining(['StartPage', 'MyCases', 'CasePage', 'StatisticsPage', 'PressDisclosure']),
    );
    const manifest = Object.fromEntries(list.map((o) => [documentId(o.text), o.text]));
    await expect(`${JSON.stringify(manifest, null, 2)}\n`).toMatchFileSnapshot(
      '../../../gateway/trusted-documents.json',
    );
  });

  it('are named by the SHA-256 of their exact text, as the gateway computes it', () => {
    for (const { text } of operations()) {
      expect(documentId(text)).toBe(`sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`);
    }
    expect(documentId('query A { a }')).not.toBe(documentId('query A  { a }'));
  });
});
