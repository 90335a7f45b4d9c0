import { registerEnumType } from 'type-graphql';

/**
 * A GraphQL enum from a domain's list of string values (domain code stays free of type-graphql):
 * `const CaseStatusEnum = graphqlEnum(CASE_STATUSES, 'CaseStatus')`, then `@Field(() => CaseStatusEnum)`.
 */
export function graphqlEnum<T extends string>(
  values: readonly T[],
  name: string,
  description?: string,
): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(enumObject, description ? { name, description } : { name });
  return enumObject;
}
