import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { type DocumentNode, GraphQLError, type GraphQLSchema, type ValidationRule, validate } from 'graphql';

/**
 * Operation limits at the gateway, for every caller (staff in GraphiQL and partner clients
 * included): how deep, how many aliases, how costly, how many directives. Counted by GraphQL
 * Armor's rules (maintained; they follow fragments); an operation over a limit is refused before
 * any subgraph is asked, with a stable `extensions.code` per limit and HTTP 400.
 */
export type OperationLimits = {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxDirectives: number;
};

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 20,
  maxCost: 5000,
  maxDirectives: 20,
};

export const LIMIT_CODES = {
  maxDepth: 'QUERY_TOO_DEEP',
  maxAliases: 'TOO_MANY_ALIASES',
  maxCost: 'QUERY_TOO_COSTLY',
  maxDirectives: 'TOO_MANY_DIRECTIVES',
} as const satisfies Record<keyof OperationLimits, string>;

/**
 * Documents of more tokens are refused by the parser (GraphQL's own `maxTokens`): the portal's
 * largest has about 150, GraphiQL's introspection a few hundred; and it keeps nesting well below
 * what overflows the parser's stack (about 2,000 levels).
 */
export const MAX_DOCUMENT_TOKENS = 3_000;

/** The code for a document over the size the gateway reads (HTTP 413). */
export const DOCUMENT_TOO_LARGE = 'DOCUMENT_TOO_LARGE';

const rulesFor = (limits: OperationLimits): [keyof OperationLimits, ValidationRule][] => [
  ['maxDepth', maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true })],
  ['maxAliases', maxAliasesRule({ n: limits.maxAliases })],
  ['maxCost', costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true })],
  ['maxDirectives', maxDirectivesRule({ n: limits.maxDirectives })],
];

/** The first limit the operation is over, as the error to answer with; null when within all. */
export function overLimit(
  schema: GraphQLSchema,
  document: DocumentNode,
  limits: OperationLimits,
): GraphQLError | null {
  for (const [limit, rule] of rulesFor(limits)) {
    let error: GraphQLError | undefined;
    try {
      [error] = validate(schema, document, [rule]);
    } catch (thrown) {
      // the rules throw their rejection (GraphQL Armor's default); a chain of fragments so long
      // that counting it overflows the stack is too deep by any measure
      if (thrown instanceof RangeError) {
        return new GraphQLError('The operation is nested too deeply.', {
          extensions: { code: LIMIT_CODES.maxDepth, http: { status: 400 } },
        });
      }
      if (!(thrown instanceof GraphQLError)) throw thrown;
      error = thrown;
    }
    if (error)
      return new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
        extensions: { code: LIMIT_CODES[limit], http: { status: 400 } },
      });
  }
  return null;
}
