import { describe, expect, it } from 'vitest';
import { filesRoute } from '../src/files.js';

const id = '6f1d2c1e-0001-4a6b-9d3e-000000000001';

describe('filesRoute', () => {
  it.each<[string, string, 'upload' | 'download' | null]>([
    ['POST', '/documents', 'upload'],
    ['GET', `/documents/${id}/files/${id}`, 'download'],
    ['GET', `/cases/${id}/case-file.zip`, 'download'],
    ['GET', '/documents', null],
    ['POST', `/documents/${id}/files/${id}`, null],
    ['GET', `/cases/${id}/case-fileXzip`, null],
    ['GET', `/documents/${id}/files/../../graphql`, null],
    ['GET', '/graphql', null],
    ['DELETE', `/documents/${id}/files/${id}`, null],
  ])('%s %s → %s', (method, path, expected) => {
    expect(filesRoute(method, path)).toBe(expected);
  });
});
