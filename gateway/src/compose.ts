// `pnpm compose`: writes each subgraph's SDL to services/<name>/schema.graphql and the composed
// supergraph to gateway/supergraph.graphql. Both are committed; a test fails when they are stale.
import { writeFile } from 'node:fs/promises';
import { currentSubgraphs } from './subgraphs.js';
import { composeSupergraph, SUPERGRAPH_PATH } from './supergraph.js';

const subgraphs = await currentSubgraphs();
for (const { name, sdl } of subgraphs) {
  await writeFile(new URL(`../../../services/${name}/schema.graphql`, import.meta.url), sdl);
}
await writeFile(SUPERGRAPH_PATH, composeSupergraph(subgraphs));
console.log(`Composed ${subgraphs.map((s) => s.name).join(', ')} into gateway/supergraph.graphql`);
