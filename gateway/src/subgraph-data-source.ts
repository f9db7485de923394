import type { KeyObject } from 'node:crypto';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { ANONYMOUS, signInternalToken } from '@equality-graph/auth';
import { REQUEST_ID_HEADER } from '@equality-graph/service-kit';
import type { GatewayContext } from './context';

/**
 * Every call to a subgraph carries a short-lived token signed by the gateway (the verified
 * identity, or anonymous) and the request id. Client headers are never forwarded.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly signingKey: KeyObject,
    fetcher: Fetcher,
  ) {
    super({ url, fetcher });
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = options.request.http!.headers;
    // Only a client operation has a request context; schema loads and health checks go anonymous.
    if ('incomingRequestContext' in options) {
      const context = options.context;
      context.internalToken ??= signInternalToken(context.identity, this.signingKey, context.requestId);
      headers.set('authorization', `Bearer ${await context.internalToken}`);
      headers.set(REQUEST_ID_HEADER, context.requestId);
    } else {
      headers.set('authorization', `Bearer ${await signInternalToken(ANONYMOUS, this.signingKey, 'gateway-schema')}`);
    }
  }
}

/** fetch with a deadline: @apollo/gateway sets none, and a hung subgraph must not hang clients. */
export function fetcherWithTimeout(timeoutMs: number): Fetcher {
  return ((url: string, init?: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as unknown as Fetcher;
}
