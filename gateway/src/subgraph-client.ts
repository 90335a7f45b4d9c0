import { GraphQLError } from 'graphql';
import { Agent, request as send } from 'undici';

/**
 * One keep-alive connection pool for all subgraph calls (undici): the gateway's hot path. The
 * default client builds a node-fetch Request per call and reconnects more often
 * (../shared/reference/gateway-spike.md measured undici.request at 1.7× the default).
 */
const pool = new Agent({ keepAliveTimeout: 30_000, connections: 128, pipelining: 1 });

export type SubgraphCall = {
  name: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  timeoutMs: number;
  /**
   * Share the answer with an identical call already under way: same subgraph, same
   * `authorization` (the same caller: tokens are per principal and subgraph) and the same body
   * to the byte. Only for reads: the data source sets it for queries, never for mutations.
   */
  merge?: boolean;
};

/** Calls under way that others may join, by subgraph, authorization and body. */
const underWay = new Map<string, Promise<string>>();

/**
 * POSTs a GraphQL request to a subgraph and reads its JSON answer, within `timeoutMs`. A subgraph
 * that is not there, answers with an HTTP error or not in time is a GraphQLError with a stable
 * code (SUBGRAPH_UNAVAILABLE, SUBGRAPH_ERROR, SUBGRAPH_TIMEOUT): the gateway loses that
 * subgraph's fields, not the request. The answer's body is never quoted in the error.
 *
 * With `merge`, an identical call already under way is joined instead of made again (as Hive
 * Gateway does by default): each caller still gets an answer of its own (parsed from the one
 * response text; no object is shared between requests), or an error of its own.
 */
export async function postToSubgraph(options: SubgraphCall): Promise<Record<string, unknown>> {
  const body = JSON.stringify(options.body);
  if (!options.merge) return parse(options.name, await fetchText(options, body));
  const key = `${options.url}\n${options.headers.authorization ?? ''}\n${body}`;
  let text = underWay.get(key);
  if (!text) {
    const call = fetchText(options, body);
    text = call;
    underWay.set(key, call);
    const done = () => {
      if (underWay.get(key) === call) underWay.delete(key);
    };
    call.then(done, done);
  }
  try {
    return parse(options.name, await text);
  } catch (error) {
    // each caller its own error object (Apollo adds to errors it is given)
    const { message, extensions } = error as GraphQLError;
    throw new GraphQLError(message, { extensions: { ...extensions } });
  }
}

/** How many calls others can join right now (tests). */
export const callsUnderWay = () => underWay.size;

async function fetchText(options: SubgraphCall, body: string): Promise<string> {
  const { name, timeoutMs } = options;
  try {
    const res = await send(options.url, {
      method: 'POST',
      headers: options.headers,
      body,
      dispatcher: pool,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (res.statusCode === 400) {
      // the subgraph refused the caller's input (a variable only it can check, e.g. a DateTime):
      // its GraphQL errors, with their codes, are the caller's answer, not a subgraph failure
      const text = await res.body.text();
      if (isCallerError(text)) return text;
      throw new GraphQLError(`${name} answered 400`, { extensions: { code: 'SUBGRAPH_ERROR' } });
    }
    if (res.statusCode < 200 || res.statusCode > 299) {
      await res.body.dump();
      throw new GraphQLError(`${name} answered ${res.statusCode}`, {
        extensions: { code: 'SUBGRAPH_ERROR' },
      });
    }
    return await res.body.text();
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

/** Codes by which a subgraph says the request's input is wrong (passed on to the caller as they are). */
const CALLER_ERRORS = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);

function isCallerError(text: string): boolean {
  try {
    const json = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
    return (
      Array.isArray(json.errors) &&
      json.errors.length > 0 &&
      json.errors.every((e) => CALLER_ERRORS.has(String(e?.extensions?.code)))
    );
  } catch {
    return false;
  }
}

function parse(name: string, text: string): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  if (typeof json !== 'object' || json === null) {
    throw new GraphQLError(`${name} answered something else than JSON`, {
      extensions: { code: 'SUBGRAPH_ERROR' },
    });
  }
  return json as Record<string, unknown>;
}
