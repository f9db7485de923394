// The Apollo plugin in front of AnswerStore: which answers may be shared, and when they are dropped.
import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { Identity } from '@equality-graph/auth';
import type { GatewayContext } from '../context';
import type { AnswerData, AnswerStore, CacheResult } from './answer-store';

/** No token at all: the one caller for whom every answer is the same (no scope, no row rule). */
export const isAnonymous = (identity: Identity) => identity.sub === null && identity.roles.length === 0;

/** The operation (its text's hash and the name chosen in it) and its variables, nothing of the caller. */
export const answerKey = (queryHash: string, operationName: string | null | undefined, variables: unknown) =>
  `${queryHash}\n${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`;

/**
 * Serves and keeps answers only when they are the same for every caller and not audited:
 * - the caller is anonymous and the operation is a query;
 * - every subgraph call of the plan said so: a subgraph sends `Cache-Control: public` only for an
 *   anonymous query that wrote no audit row and raised no error (service-kit public-answers.ts),
 *   and @apollo/gateway folds those headers into the request's overall cache policy (a call
 *   without the header makes the whole answer uncacheable);
 * - the answer has no error.
 * Identical anonymous queries arriving together are computed once: the others wait for the first
 * and get its answer if it turns out shareable (counted `shared`), or compute their own.
 * A hit comes after every check of the request (token, rate limit, input limits, cost, allow-list:
 * they run before `responseForOperation`); only planning and the subgraph calls are saved.
 * A signed-in caller's mutation drops every answer, when it starts and again when it ends, whatever
 * its outcome; an anonymous one only if it succeeded (`onWrite` also tells the other replicas).
 */
export function responseCachePlugin(store: AnswerStore, onWrite: () => void): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const generation = store.generation;
      let key: string | undefined;
      let served = false;
      let settle: ((data: AnswerData | undefined) => void) | undefined;
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'mutation' && !isAnonymous(contextValue.identity)) onWrite();
        },
        async responseForOperation({ operation, queryHash, operationName, request, contextValue }) {
          if (operation.operation !== 'query' || !isAnonymous(contextValue.identity)) return null;
          if (queryHash === undefined) return null;
          key = answerKey(queryHash, operationName, request.variables);
          let data = store.lookup(key);
          let result: CacheResult = 'hit';
          if (data === undefined) {
            // Twenty readers asking the same thing at once: one computes, the others wait for it.
            const inFlight = store.follow(key);
            data = await inFlight.pending;
            result = 'shared';
            if (!inFlight.pending) settle = inFlight.settle;
          }
          if (data === undefined) {
            store.count('miss');
            return null;
          }
          store.count(result);
          served = true;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
        },
        async willSendResponse({ operation, response, overallCachePolicy, contextValue }) {
          if (operation?.operation === 'mutation') {
            // Every mutation of the graph requires a signed-in caller (@access): an anonymous one
            // that failed wrote nothing, and must not let anyone flush the answers at will.
            const failed = response.body.kind === 'single' && Boolean(response.body.singleResult.errors?.length);
            if (!isAnonymous(contextValue.identity) || !failed) onWrite();
            return;
          }
          if (served || key === undefined) return;
          const policy = overallCachePolicy.policyIfCacheable();
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const shareable = single?.data && !single.errors && policy?.scope === 'PUBLIC' ? single.data : undefined;
          if (!shareable || !policy) {
            store.count('uncacheable');
            return settle?.(undefined);
          }
          // Followers get the answer only if it may be stored (no write happened meanwhile).
          settle?.(store.store(key, shareable, policy.maxAge, generation) ? shareable : undefined);
        },
      };
    },
  };
}
