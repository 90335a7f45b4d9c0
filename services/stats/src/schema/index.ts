import { buildSubgraph } from '@klageportal/federation';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import { CaseTypeProcessingResolver, StatisticsResolver } from './statistics.resolver.js';

export function buildStatsSchema(): Promise<GraphQLSchema> {
  return buildSubgraph<Context>({
    resolvers: [StatisticsResolver, CaseTypeProcessingResolver],
    references: { CaseType: (reference) => ({ code: String(reference.code) }) },
  });
}
