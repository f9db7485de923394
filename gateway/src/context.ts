// The gateway's per-request context (identity, internal tokens, deadline), shared by the plugins,
// the data sources and the limiters, hence its own file.
import type { Identity } from '@equality-graph/auth';
import type { RequestContext } from '@equality-graph/service-kit';

export interface GatewayContext extends RequestContext {
  identity: Identity;
  /**
   * Signed once per client request and subgraph (each token names its subgraph), reused for
   * every call of the plan to that subgraph.
   */
  internalTokens?: Map<string, Promise<string>>;
  /** Aborts when the operation's time budget (OPERATION_TIMEOUT_MS) is spent. */
  deadline?: AbortSignal;
  /** When that budget ends (ms since the epoch): internal tokens expire then. */
  deadlineAt?: number;
  /** Only allow-listed persisted operations may run (the mobile endpoint). */
  allowListOnly?: boolean;
}
