// The gateway's shared answers, wired in one call from server.ts: the store, its metrics, the
// plugins, and the invalidation across replicas.
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import type { Logger } from '@equality-graph/service-kit';
import type { Redis } from 'ioredis';
import { Counter, type Registry } from 'prom-client';
import type { GatewayContext } from '../context';
import { AnswerStore } from './answer-store';
import { answerInvalidation } from './invalidation';
import { responseCachePlugin } from './response-cache-plugin';

export { AnswerStore } from './answer-store';
export { answerKey, isAnonymous, responseCachePlugin } from './response-cache-plugin';

export interface SharedAnswers {
  plugins: ApolloServerPlugin<GatewayContext>[];
  store?: AnswerStore;
  close(): void;
}

export function sharedAnswers(
  settings: { RESPONSE_CACHE_TTL_SECONDS: number; RESPONSE_CACHE_MAX_ENTRIES: number },
  options: { registry: Registry; logger: Logger; redis?: Redis; redisErrors: Counter<'operation'> },
): SharedAnswers {
  // Subgraphs' Cache-Control feeds the plan's cache policy; clients still get `no-store`
  // (http-policy.ts), never a header computed from it.
  const cacheControl = ApolloServerPluginCacheControl({ calculateHttpHeaders: false });
  if (settings.RESPONSE_CACHE_TTL_SECONDS === 0) return { plugins: [cacheControl], close: () => {} };
  const counter = new Counter({
    name: 'gateway_response_cache_total',
    help: 'Shared answer lookups (hit, miss) and outcomes (stored, uncacheable)',
    labelNames: ['result'] as const,
    registers: [options.registry],
  });
  const store = new AnswerStore({
    ttlMs: settings.RESPONSE_CACHE_TTL_SECONDS * 1000,
    maxEntries: settings.RESPONSE_CACHE_MAX_ENTRIES,
    counter,
  });
  const invalidation = answerInvalidation(store, options);
  return { plugins: [responseCachePlugin(store, invalidation.afterWrite), cacheControl], store, close: invalidation.close };
}
