import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { currentSubgraphs } from '../src/subgraphs.js';
import { composeSupergraph, readSupergraph } from '../src/supergraph.js';

const subgraphs = await currentSubgraphs();

describe('the committed supergraph (run `pnpm compose` when this fails)', () => {
  it.each(subgraphs.map((s) => [s.name, s] as const))(
    'services/%s/schema.graphql matches the subgraph code',
    async (name, { sdl }) => {
      const committed = await readFile(
        new URL(`../../services/${name}/schema.graphql`, import.meta.url),
        'utf8',
      );
      expect(committed).toBe(sdl);
    },
  );

  it('gateway/supergraph.graphql is the composition of the current subgraphs', async () => {
    expect(await readSupergraph()).toBe(composeSupergraph(subgraphs));
  });

  it('crosses subgraphs: stats refers to case types that cases resolves', () => {
    const supergraph = composeSupergraph(subgraphs);
    expect(supergraph).toMatch(/type CaseType[\s\S]*@join__type\(graph: CASES, key: "code"\)/);
    expect(supergraph).toMatch(/@join__type\(graph: STATS, key: "code", resolvable: false\)/);
  });

  it('fails composition on conflicting subgraphs', () => {
    const broken = subgraphs.map((s) =>
      s.name === 'stats' ? { ...s, sdl: s.sdl.replace('code: ID!', 'code: Int!') } : s,
    );
    expect(() => composeSupergraph(broken)).toThrow(/Composition failed/);
  });
});
