import { readFileSync } from 'node:fs';
import { repoRoot } from '@klageportal/devstack';

/**
 * The portal's trusted documents (gateway/trusted-documents.json): citizen sessions may run only
 * these, so tests that call the gateway as a citizen send the portal's own operations.
 */
const documents = JSON.parse(readFileSync(`${repoRoot}gateway/trusted-documents.json`, 'utf8')) as Record<
  string,
  string
>;

/** The text of the portal's operation `name` (the first, when several share the name: `containing` picks one). */
export function trustedDocument(name: string, containing = ''): string {
  const text = Object.values(documents).find(
    (t) => new RegExp(`^\\s*(query|mutation)\\s+${name}\\b`).test(t) && t.includes(containing),
  );
  if (!text) throw new Error(`the portal has no operation ${name}`);
  return text;
}

/** The text behind a request body the portal sent (`{ documentId }`), to read what it asked. */
export function sentDocument(postData: string): string {
  const body = JSON.parse(postData) as { documentId?: string; query?: string };
  return (body.documentId ? documents[body.documentId] : body.query) ?? '';
}
