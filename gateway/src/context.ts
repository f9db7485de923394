import type { Identity } from '@equality-graph/auth';
import type { RequestContext } from '@equality-graph/service-kit';

export interface GatewayContext extends RequestContext {
  identity: Identity;
  /** Signed once per client request, reused for every subgraph call of its plan. */
  internalToken?: Promise<string>;
  /** Aborts when the operation's time budget (OPERATION_TIMEOUT_MS) is spent. */
  deadline?: AbortSignal;
  /** Only allow-listed persisted operations may run (the mobile endpoint). */
  allowListOnly?: boolean;
}
