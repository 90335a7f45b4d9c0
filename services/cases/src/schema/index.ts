import { buildSubgraph } from '@klageportal/federation';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import {
  resolveCaseReference,
  resolveCaseTypeReference,
  resolveFirstInstanceBodyReference,
} from './case.reference.js';
import { CaseResolver } from './case.resolver.js';
import { CaseTypeResolver, FirstInstanceBodyResolver } from './case-type.resolver.js';
import { FormsResolver } from './forms.resolver.js';
import { PartnerResolver } from './partner.resolver.js';

export function buildCasesSchema(): Promise<GraphQLSchema> {
  return buildSubgraph<Context>({
    resolvers: [CaseResolver, FormsResolver, PartnerResolver, CaseTypeResolver, FirstInstanceBodyResolver],
    references: {
      Case: resolveCaseReference,
      CaseType: resolveCaseTypeReference,
      FirstInstanceBody: resolveFirstInstanceBodyReference,
    },
  });
}
