import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { InternalTokenSigner } from '@klageportal/federation';
import type { GatewayContext } from './context.js';

type SendArgs = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0];

/**
 * How the gateway calls a subgraph: with a fresh internal token that vouches for the caller to
 * this subgraph only (audience = its name), and the request id so one request can be followed
 * through every service's logs. Nothing from the caller's own headers is passed on.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: {
      name: string;
      url: string;
      sign: InternalTokenSigner;
      /** Reports each fetch's latency and outcome (metrics). */
      observe?: (subgraph: string, seconds: number, ok: boolean) => void;
    },
  ) {
    super({ url: subgraph.url });
  }

  override async process(
    options: Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0],
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

  override async willSendRequest({ request, context }: SendArgs) {
    const headers = request.http?.headers;
    if (!headers || !context?.principal) return;
    headers.set(
      'authorization',
      `Bearer ${await this.subgraph.sign(context.principal, this.subgraph.name, context.requestId)}`,
    );
    headers.set('x-request-id', context.requestId);
  }
}
