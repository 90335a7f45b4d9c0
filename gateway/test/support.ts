import { composeServices } from '@apollo/composition';
import type { Principal } from '@klageportal/federation';
import { type GraphQLSchema, parse } from 'graphql';
import { currentSubgraphs } from '../src/subgraphs.js';

/** The clients' view of the supergraph as composed from the subgraphs now (what operations are validated against). */
export async function apiSchema(): Promise<GraphQLSchema> {
  const subgraphs = await currentSubgraphs();
  const result = composeServices(
    subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })),
  );
  if (!result.schema) throw new Error('composition failed');
  return result.schema.toAPISchema().toGraphQLJSSchema();
}

/** A consented citizen acting for themselves, in the login session `sessionRef` (synthetic). */
export const citizen = (sessionRef = 'ref'): Principal => ({
  kind: 'citizen',
  personId: '0b7c2a52-5f7e-4c1e-8f2a-000000000001',
  acr: 'idporten-loa-high',
  consented: true,
  actingFor: null,
  actingAs: [],
  sessionRef,
});
