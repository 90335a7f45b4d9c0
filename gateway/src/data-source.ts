import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { InternalTokenSigner } from '@klageportal/federation';
import type { GatewayContext } from './context.js';
import { postToSubgraph } from './subgraph-client.js';

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
};

/**
 * How the gateway calls a subgraph: with a fresh internal token that vouches for the caller to
 * this subgraph only (audience = its name), and the request id so one request can be followed
 * through every service's logs. Nothing from the caller's own headers is passed on. Sent with
 * undici on a shared keep-alive pool, with a time limit.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly subgraph: SubgraphOptions) {
    super({ url: subgraph.url, honorSubgraphCacheControlHeader: false });
    // the base class's HTTP call, replaced (it is private in its types, so by assignment)
    Object.assign(this, { sendRequest: (request: GatewayRequest) => this.post(request) });
  }

  override async willSendRequest({ request, context }: SendArgs) {
    const headers = request.http?.headers;
    if (!headers || !context?.principal) return;
    headers.set(
      'authorization',
      `Bearer ${await this.subgraph.sign(context.principal, this.subgraph.name, context.requestId)}`,
    );
    headers.set('x-request-id', context.requestId);
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
    });
  }
}
