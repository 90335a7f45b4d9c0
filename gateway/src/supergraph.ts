import { readFile } from 'node:fs/promises';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

/** The gateway package's folder, whether this runs from src (tests) or dist/src. */
const PACKAGE_ROOT = new URL(import.meta.url.includes('/dist/src/') ? '../../' : '../', import.meta.url);

/** The committed supergraph, composed at build time (`pnpm compose`). */
export const SUPERGRAPH_PATH = new URL('supergraph.graphql', PACKAGE_ROOT);

export type SubgraphSdl = { name: string; url: string; sdl: string };

export function readSupergraph(): Promise<string> {
  return readFile(SUPERGRAPH_PATH, 'utf8');
}

/** Composes subgraph SDLs into a supergraph SDL, or throws with every composition error. */
export function composeSupergraph(subgraphs: SubgraphSdl[]): string {
  const result = composeServices(
    subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}
