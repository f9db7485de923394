// How the gateway calls a subgraph: a token signed for that subgraph, the operation deadline,
// and failures masked for clients.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { KeyObject } from 'node:crypto';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { ANONYMOUS, signInternalToken } from '@equality-graph/auth';
import type { Logger, OperationLabels } from '@equality-graph/service-kit';
import { GraphQLError } from 'graphql';
import { Agent, fetch as undiciFetch } from 'undici';
import type { GatewayContext } from './context';
import { dedupeRepresentations } from './entity-representations';

/** The client operation's deadline, seen by the fetcher of every subgraph call it makes. */
const operationDeadline = new AsyncLocalStorage<AbortSignal | undefined>();

/**
 * Every call to a subgraph carries a token signed by the gateway for that subgraph alone (the
 * verified identity, or anonymous, and the request id), expiring with the operation's
 * deadline: a subgraph that sees it can replay it only against itself, and only until then.
 * Client headers are never forwarded. A call that
 * fails becomes SUBGRAPH_TIMEOUT or SUBGRAPH_UNAVAILABLE on the fields it should have filled:
 * the subgraph's URL, status and body go to the log, never to the client.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    private readonly signingKey: KeyObject,
    fetcher: Fetcher,
    private readonly log: Logger,
    /** Lifetime of tokens for calls outside a client operation (schema loads). */
    private readonly tokenLifetimeMs: number,
    /** The gateway's bounded operation labels, passed on so subgraphs' metrics stay bounded too. */
    private readonly operationLabels: OperationLabels,
  ) {
    super({ url, fetcher });
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const deadline = 'incomingRequestContext' in options ? options.context.deadline : undefined;
    // Each distinct entity is sent once (entity-representations.ts): less to plan, fetch and audit-check.
    const deduped = dedupeRepresentations(options.request.variables);
    if (!deduped) return operationDeadline.run(deadline, () => super.process(options));
    const request = { ...options.request, variables: deduped.variables };
    return deduped.expand(await operationDeadline.run(deadline, () => super.process({ ...options, request })));
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    // RemoteGraphQLDataSource fills request.http before this hook; without it there is nowhere to put the token.
    const http = options.request.http;
    if (!http) throw new Error(`subgraph ${this.subgraphName}: request without HTTP headers, not sent unauthenticated`);
    const headers = http.headers;
    // Only a client operation has a request context; schema loads and health checks go anonymous.
    if ('incomingRequestContext' in options) {
      const context = options.context;
      const tokens = (context.internalTokens ??= new Map());
      let token = tokens.get(this.subgraphName);
      if (!token) {
        token = signInternalToken(context.identity, this.signingKey, {
          subgraph: this.subgraphName,
          requestId: context.requestId,
          expiresAt: context.deadlineAt ?? Date.now() + this.tokenLifetimeMs,
          operation: this.operationLabels.label(options.incomingRequestContext.operationName),
        });
        tokens.set(this.subgraphName, token);
      }
      headers.set('authorization', `Bearer ${await token}`);
    } else {
      const token = await signInternalToken(ANONYMOUS, this.signingKey, {
        subgraph: this.subgraphName,
        requestId: 'gateway-schema',
        expiresAt: Date.now() + this.tokenLifetimeMs,
      });
      headers.set('authorization', `Bearer ${token}`);
    }
  }

  override didEncounterError(error: Error, _request: unknown, response?: FetcherResponse, context?: GatewayContext): never {
    const timedOut = error.name === 'TimeoutError' || error.name === 'AbortError';
    const operationExpired = context?.deadline?.aborted === true;
    (context?.logger ?? this.log).warn(
      { err: error, subgraph: this.subgraphName, url: this.url, status: response?.status },
      timedOut ? 'subgraph call timed out' : 'subgraph call failed',
    );
    if (timedOut) {
      const message = operationExpired
        ? `The operation ran out of time before the ${this.subgraphName} service answered`
        : `The ${this.subgraphName} service did not answer in time`;
      throw new GraphQLError(message, { extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: this.subgraphName } });
    }
    throw new GraphQLError(`The ${this.subgraphName} service is unavailable`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.subgraphName },
    });
  }
}

/**
 * A kept-alive socket the subgraph had closed while this process could not notice (its loop
 * busy, e.g. building a new supergraph's query planner): the call fails before any answer.
 */
function isStaleSocket(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  return code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPIPE';
}

/** A query (or `_entities`) may be sent twice; a mutation never is. */
function isRead(init?: RequestInit): boolean {
  try {
    const { query } = JSON.parse(String(init?.body)) as { query?: unknown };
    return typeof query === 'string' && !/^\s*mutation\b/.test(query);
  } catch {
    return false;
  }
}

/**
 * fetch over kept-alive connections (one pool per gateway), with two deadlines: each call's
 * own (@apollo/gateway sets none, and a hung subgraph must not hang clients) and the whole
 * operation's, whichever comes first.
 */
export function subgraphFetcher(options: { timeoutMs: number; maxConnections: number }): { fetcher: Fetcher; close(): Promise<void> } {
  const agent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 120_000, connections: options.maxConnections });
  const fetcher = (async (url: string, init?: RequestInit) => {
    const deadline = operationDeadline.getStore();
    const callTimeout = AbortSignal.timeout(options.timeoutMs);
    const signal = deadline ? AbortSignal.any([callTimeout, deadline]) : callTimeout;
    try {
      return await undiciFetch(url, { ...(init as object), signal, dispatcher: agent });
    } catch (error) {
      // Once, on a fresh socket, and only for a read: see isStaleSocket.
      if (signal.aborted || !isStaleSocket(error) || !isRead(init)) throw error;
      return undiciFetch(url, { ...(init as object), signal, dispatcher: agent });
    }
  }) as unknown as Fetcher;
  return { fetcher, close: () => agent.close() };
}
