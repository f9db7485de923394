import type { Identity } from '@equality-graph/auth';
import type { RequestContext } from '@equality-graph/service-kit';

export interface GatewayContext extends RequestContext {
  identity: Identity;
  /** Signed once per client request, reused for every subgraph call of its plan. */
  internalToken?: Promise<string>;
}
