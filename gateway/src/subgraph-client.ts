import { GraphQLError } from 'graphql';
import { Agent, request as send } from 'undici';

/**
 * One keep-alive connection pool for all subgraph calls (undici): the gateway's hot path. The
 * default client builds a node-fetch Request per call and reconnects more often
 * (../shared/reference/gateway-spike.md measured undici.request at 1.7× the default).
 */
const pool = new Agent({ keepAliveTimeout: 30_000, connections: 128, pipelining: 1 });

/**
 * POSTs a GraphQL request to a subgraph and reads its JSON answer, within `timeoutMs`. A subgraph
 * that is not there, answers with an HTTP error or not in time is a GraphQLError with a stable
 * code (SUBGRAPH_UNAVAILABLE, SUBGRAPH_ERROR, SUBGRAPH_TIMEOUT): the gateway loses that
 * subgraph's fields, not the request. The answer's body is never quoted in the error.
 */
export async function postToSubgraph(options: {
  name: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  timeoutMs: number;
}): Promise<Record<string, unknown>> {
  const { name, timeoutMs } = options;
  try {
    const res = await send(options.url, {
      method: 'POST',
      headers: options.headers,
      body: JSON.stringify(options.body),
      dispatcher: pool,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (res.statusCode < 200 || res.statusCode > 299) {
      await res.body.dump();
      throw new GraphQLError(`${name} answered ${res.statusCode}`, {
        extensions: { code: 'SUBGRAPH_ERROR' },
      });
    }
    const json = (await res.body.json()) as unknown;
    if (typeof json !== 'object' || json === null) {
      throw new GraphQLError(`${name} answered something else than JSON`, {
        extensions: { code: 'SUBGRAPH_ERROR' },
      });
    }
    return json as Record<string, unknown>;
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    const timedOut = /Timeout/.test((error as Error).name ?? '');
    throw new GraphQLError(
      timedOut ? `${name} did not answer within ${timeoutMs} ms` : `${name} unavailable`,
      {
        extensions: { code: timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE' },
      },
    );
  }
}
