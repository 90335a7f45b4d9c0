import { buildSubgraph } from '@klageportal/federation';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import { resolvePressInquiryReference } from './press-inquiry.reference.js';
import { PressResolver } from './press.resolver.js';

export function buildPressSchema(): Promise<GraphQLSchema> {
  return buildSubgraph<Context>({
    resolvers: [PressResolver],
    references: { PressInquiry: resolvePressInquiryReference },
  });
}
