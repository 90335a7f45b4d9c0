import { type DocumentNode, GraphQLError, type GraphQLSchema } from 'graphql';
import { type OperationLimits, overLimit } from './limits.js';

type Outcome = { message: string; extensions: GraphQLError['extensions'] } | null;

/**
 * `overLimit`, worked out once per operation instead of once per request. Apollo Server hands
 * the same parsed document for the same operation text (its document cache), and the verdict
 * depends only on the document, the schema and the limits; the four rule walks were a tenth of
 * the gateway's CPU per request (docs/performance.md). Each refusal is a new error object.
 * Kept per schema and document in weak maps: a new supergraph or an evicted document takes
 * its verdicts with it.
 */
export function overLimitOnce(limits: OperationLimits) {
  const verdicts = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Outcome>>();
  return (schema: GraphQLSchema, document: DocumentNode): GraphQLError | null => {
    let bySchema = verdicts.get(schema);
    if (!bySchema) {
      bySchema = new WeakMap();
      verdicts.set(schema, bySchema);
    }
    let outcome = bySchema.get(document);
    if (outcome === undefined) {
      const error = overLimit(schema, document, limits);
      outcome = error ? { message: error.message, extensions: error.extensions } : null;
      bySchema.set(document, outcome);
    }
    return outcome && new GraphQLError(outcome.message, { extensions: { ...outcome.extensions } });
  };
}
