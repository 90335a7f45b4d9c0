import { buildSubgraph } from '@klageportal/federation';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import { ContactPointResolver } from './contact-point.resolver.js';
import { resolvePersonReference } from './person.reference.js';
import { PersonObject } from './person.type.js';
import { RegisterPersonResolver } from './register-person.resolver.js';
import { ViewerResolver } from './viewer.resolver.js';

export function buildIdentitySchema(): Promise<GraphQLSchema> {
  return buildSubgraph<Context>({
    resolvers: [ViewerResolver, ContactPointResolver, RegisterPersonResolver],
    orphanedTypes: [PersonObject],
    references: { Person: resolvePersonReference },
  });
}
