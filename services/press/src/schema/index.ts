import { buildSubgraph } from '@klageportal/federation';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import { resolveCaseReference } from './case.reference.js';
import { DisclosureResolver } from './disclosure.resolver.js';
import { PressResolver } from './press.resolver.js';
import { resolvePressInquiryReference } from './press-inquiry.reference.js';

export function buildPressSchema(): Promise<GraphQLSchema> {
  return buildSubgraph<Context>({
    resolvers: [PressResolver, DisclosureResolver],
    references: { PressInquiry: resolvePressInquiryReference, Case: resolveCaseReference },
  });
}
