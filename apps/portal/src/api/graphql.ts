/** Thrown for any failed GraphQL call; the message is for developers only and is never shown to users. */
export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';

  /** `extensions.code` of the first GraphQL error (e.g. `UNAUTHENTICATED`), to pick a translated message. */
  readonly code: string | undefined;

  constructor(message: string, code?: string) {
    super(message);
    this.code = code;
  }
}

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: ReadonlyArray<{ message: string; extensions?: { code?: unknown } }>;
}

/**
 * POSTs an operation to the same-origin `/graphql` endpoint (the portal server proxies it to the gateway).
 * `apollo-require-preflight` satisfies Apollo Server's CSRF prevention.
 */
export async function graphqlRequest<TData, TVariables extends Record<string, unknown>>(
  query: string,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TData> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json;q=0.9',
      'apollo-require-preflight': 'true',
    },
    body: JSON.stringify({ query, variables }),
    signal: signal ?? null,
  });

  let body: GraphQLResponse<TData>;
  try {
    body = (await response.json()) as GraphQLResponse<TData>;
  } catch {
    throw new GraphQLRequestError(`GraphQL response was not JSON (HTTP ${response.status})`);
  }
  if (body.data == null) {
    const reason = body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`;
    const code = body.errors?.[0]?.extensions?.code;
    throw new GraphQLRequestError(
      `GraphQL request failed: ${reason}`,
      typeof code === 'string' ? code : undefined,
    );
  }
  return body.data;
}
