import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
} from 'graphql';
import { type BuildSchemaOptions, buildSchema, createResolversMap } from 'type-graphql';

/** Federation 2 directives every subgraph may use (set on types with type-graphql's `@Directive`). */
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])`;

export type ReferenceResolver<TContext> = (
  reference: Record<string, unknown>,
  context: TContext,
  info: GraphQLResolveInfo,
) => unknown;

export type SubgraphOptions<TContext> = {
  resolvers: BuildSchemaOptions['resolvers'];
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /** `__resolveReference` per entity type name; each should go through a per-request loader. */
  references?: Record<string, ReferenceResolver<TContext>>;
};

/**
 * Builds a Federation 2 subgraph from type-graphql resolvers (after type-graphql's
 * apollo-federation-2 example): build the type-graphql schema, print it with its directives
 * behind the federation `@link`, and hand SDL + resolvers (with reference resolvers merged in)
 * to `buildSubgraphSchema`.
 */
export async function buildSubgraph<TContext>(options: SubgraphOptions<TContext>): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes ?? [],
    skipCheck: true,
    validate: false,
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, resolveReference] of Object.entries(options.references ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  return guardIdArguments(
    buildSubgraphSchema([{ typeDefs, resolvers: resolvers as GraphQLResolverMap<TContext> }]),
  );
}

/** Every `ID` a caller can send us (cases, persons, waivers, inquiries …) is a UUID. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type IdCheck = (value: unknown) => boolean;

/**
 * Refuses, before the resolver runs, an argument of type `ID` (also inside input objects and
 * lists) that is not a UUID, and a `String` with a NUL character (PostgreSQL's text cannot hold
 * it): `BAD_USER_INPUT`, with nothing of the value in the message. Every
 * id a caller can send is a UUID in PostgreSQL, and without this a malformed one ("", "-1",
 * "26/00101") reached a `uuid` column and failed there as INTERNAL_SERVER_ERROR (found by the
 * fuzz tests through the gateway, issue #9). Entity keys from the gateway (`_entities`) are not
 * arguments of type `ID` and pass as before.
 */
function guardIdArguments(schema: GraphQLSchema): GraphQLSchema {
  const checks = new Map<string, IdCheck | null>();
  const checkFor = (type: GraphQLInputType): IdCheck | null => {
    if (isNonNullType(type)) return checkFor(type.ofType);
    if (isListType(type)) {
      const item = checkFor(type.ofType);
      return item && ((v) => v == null || (Array.isArray(v) ? v.every(item) : item(v)));
    }
    const named = getNamedType(type);
    if (named.name === 'ID') return (v) => v == null || (typeof v === 'string' && UUID.test(v));
    // PostgreSQL's text cannot hold NUL: a comment with one failed at the insert (found by fuzzing)
    if (named.name === 'String') return (v) => typeof v !== 'string' || !v.includes('\u0000');
    if (!isInputObjectType(named)) return null;
    if (checks.has(named.name)) {
      // a type that refers to itself: look the check up when it runs (it is complete by then)
      return (v) => (checks.get(named.name) ?? (() => true))(v);
    }
    checks.set(named.name, null);
    const fields = Object.values(named.getFields())
      .map((f) => [f.name, checkFor(f.type)] as const)
      .filter((entry): entry is readonly [string, IdCheck] => entry[1] !== null);
    const check: IdCheck | null = fields.length
      ? (v) =>
          v == null ||
          typeof v !== 'object' ||
          fields.every(([name, field]) => field((v as Record<string, unknown>)[name]))
      : null;
    checks.set(named.name, check);
    return check;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const args = field.args
        .map((a) => [a.name, checkFor(a.type)] as const)
        .filter((entry): entry is readonly [string, IdCheck] => entry[1] !== null);
      if (args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, values, context, info) => {
        if (!args.every(([name, check]) => check((values as Record<string, unknown>)[name]))) {
          throw new GraphQLError('Not a valid id, or text with a NUL character.', {
            extensions: { code: 'BAD_USER_INPUT' },
          });
        }
        return resolve(source, values, context, info);
      };
    }
  }
  return schema;
}

/** The subgraph's SDL with federation directives: what composition takes as input. */
export function printSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}
