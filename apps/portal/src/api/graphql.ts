import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The trusted-document id of an operation: `sha256:` and the SHA-256 of its exact text. The
 * portal's operations are committed as `gateway/trusted-documents.json` (test/trusted-documents.test.ts
 * extracts them); the portal sends only the id, and citizen sessions may run nothing else.
 */
export function documentId(query: string): string {
  let id = ids.get(query);
  if (!id) {
    id = `sha256:${bytesToHex(sha256(utf8ToBytes(query)))}`;
    ids.set(query, id);
  }
  return id;
}
const ids = new Map<string, string>();

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

/** One entry of a GraphQL response's `errors`: `path` says which field failed, `extensions` why. */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: unknown; reason?: unknown };
}

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: ReadonlyArray<GraphQLErrorEntry>;
}

/** A field's refusal: `extensions.code` (e.g. `FORBIDDEN`) and, if given, `extensions.reason` (e.g. `TWO_LAWYERS`). */
export interface FieldError {
  code: string | null;
  reason: string | null;
}

/** The error for the root field `field` (e.g. `case`), if the response has one. */
export function fieldError(
  errors: ReadonlyArray<GraphQLErrorEntry> | undefined,
  field: string,
): FieldError | null {
  const found = errors?.find((e) => e.path?.[0] === field);
  if (!found) return null;
  const { code, reason } = found.extensions ?? {};
  return {
    code: typeof code === 'string' ? code : null,
    reason: typeof reason === 'string' ? reason : null,
  };
}

/**
 * POSTs an operation to the same-origin `/graphql` endpoint (the portal server proxies it to the gateway)
 * as its trusted-document id. `apollo-require-preflight` satisfies Apollo Server's CSRF prevention.
 */
export async function graphqlRequest<TData, TVariables extends Record<string, unknown>>(
  query: string,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TData> {
  return (await graphqlResponse<TData, TVariables>(query, variables, signal)).data;
}

/**
 * Like `graphqlRequest`, but also returns the errors that came with the data (partial data: one field
 * refused, e.g. `case` with FORBIDDEN and its reason, while the others answered).
 */
export async function graphqlResponse<TData, TVariables extends Record<string, unknown>>(
  query: string,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<{ data: TData; errors: ReadonlyArray<GraphQLErrorEntry> }> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json;q=0.9',
      'apollo-require-preflight': 'true',
    },
    body: JSON.stringify({ documentId: documentId(query), variables }),
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
  return { data: body.data, errors: body.errors ?? [] };
}
