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
  constructor(private readonly subgraph: { name: string; url: string; sign: InternalTokenSigner }) {
    super({ url: subgraph.url });
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
