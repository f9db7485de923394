// Tells the gateway which answers it may share between callers: the subgraph is the one that
// knows whether a read was audited, so it alone can say an answer is public.
import type { ApolloServerPlugin } from '@apollo/server';
import type { SubgraphContextBase } from './subgraph';

/**
 * `max-age` a public answer is sent with; the gateway keeps answers for less (its
 * RESPONSE_CACHE_TTL_SECONDS) and drops them on any write it sees.
 */
export const PUBLIC_ANSWER_MAX_AGE_SECONDS = 60;

/** Whether this request wrote an audit row (set by recordAudit; one object shared by the request's contexts). */
export interface AuditTrail {
  written: boolean;
}

/**
 * `Cache-Control: max-age=60, public` on an answer that is the same for every caller and not
 * audited: an anonymous caller (no account, no role: no scope or row rule can apply), a query,
 * no error, and no audit row written while answering. Every other answer keeps Apollo's
 * `no-store` (fields carry no cache hints), which makes the gateway's whole answer uncacheable.
 * Apollo's cache-control plugin, which runs after this one, turns the policy into the header.
 */
export function publicAnswersPlugin<C extends SubgraphContextBase>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, response, overallCachePolicy }) {
          const { identity, auditTrail } = contextValue;
          const anonymous = identity.sub === null && identity.roles.length === 0;
          const clean = response.body.kind === 'single' && !response.body.singleResult.errors;
          if (anonymous && operation?.operation === 'query' && clean && auditTrail && !auditTrail.written) {
            overallCachePolicy.replace({ maxAge: PUBLIC_ANSWER_MAX_AGE_SECONDS, scope: 'PUBLIC' });
          }
        },
      };
    },
  };
}
