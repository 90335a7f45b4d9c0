import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { InternalTokenSigner } from '@klageportal/federation';
import type { GatewayContext } from './context.js';
import { forgetSession } from './session-cache.js';
import { postToSubgraph } from './subgraph-client.js';
import { createTokenCache, type TokenCache } from './token-cache.js';

type SendArgs = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0];
type ProcessArgs = Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0];
type GatewayRequest = ProcessArgs['request'];

export type SubgraphOptions = {
  name: string;
  url: string;
  sign: InternalTokenSigner;
  /** A subgraph that does not answer within this is a failed fetch (its fields are lost, not the request). */
  timeoutMs?: number;
  /** Reports each fetch's latency and outcome (metrics). */
  observe?: (subgraph: string, seconds: number, ok: boolean) => void;
  /** Reuse a principal's token to this subgraph for half its minute (token-cache.ts); default on. */
  reuseTokens?: boolean;
  /** A query's call joins an identical one under way (subgraph-client.ts); default on. */
  mergeIdentical?: boolean;
};

/**
 * How the gateway calls a subgraph: with an internal token that vouches for the caller to this
 * subgraph only (audience = its name; signed once per caller and subgraph and reused for half
 * its minute), and the request id so one request can be followed through every service's logs.
 * Nothing from the caller's own headers is passed on. Sent with undici on a shared keep-alive
 * pool, with a time limit. After a citizen's mutation, their session is looked up afresh on the
 * next request (consent or acting for someone changes the principal).
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly token: TokenCache | null;
  /** The calls (by their `http` object, which reaches sendRequest) of query operations. */
  private readonly reads = new WeakSet<object>();

  constructor(private readonly subgraph: SubgraphOptions) {
    super({ url: subgraph.url, honorSubgraphCacheControlHeader: false });
    this.token = subgraph.reuseTokens === false ? null : createTokenCache(subgraph.sign);
    // the base class's HTTP call, replaced (it is private in its types, so by assignment)
    Object.assign(this, { sendRequest: (request: GatewayRequest) => this.post(request) });
  }

  override async willSendRequest(options: SendArgs) {
    const { request, context } = options;
    const headers = request.http?.headers;
    if (!headers || !context?.principal) return;
    if (
      this.subgraph.mergeIdentical !== false &&
      'incomingRequestContext' in options &&
      options.incomingRequestContext.operation?.operation === 'query'
    ) {
      this.reads.add(request.http!);
    }
    const { principal, requestId } = context;
    const token = this.token
      ? await this.token(principal, this.subgraph.name)
      : await this.subgraph.sign(principal, this.subgraph.name, requestId);
    headers.set('authorization', `Bearer ${token}`);
    headers.set('x-request-id', requestId);
  }

  override async process(
    options: ProcessArgs,
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    const started = performance.now();
    let ok = false;
    try {
      const response = await super.process(options);
      ok = !response.errors?.length;
      return response;
    } finally {
      this.subgraph.observe?.(this.subgraph.name, (performance.now() - started) / 1000, ok);
      const principal = options.context?.principal;
      if (
        principal?.kind === 'citizen' &&
        'incomingRequestContext' in options &&
        options.incomingRequestContext.operation?.operation === 'mutation'
      ) {
        forgetSession(principal.sessionRef);
      }
    }
  }

  private post(request: GatewayRequest): Promise<Record<string, unknown>> {
    const { http, ...body } = request;
    if (!http) throw new Error('only HTTP subgraph requests are supported');
    return postToSubgraph({
      name: this.subgraph.name,
      url: http.url,
      headers: Object.fromEntries(http.headers),
      body,
      timeoutMs: this.subgraph.timeoutMs ?? 10_000,
      merge: this.reads.has(http),
    });
  }
}
