// How every replica learns of a write: locally at once, and through Redis pub/sub when REDIS_URL
// is set (one message per write; a replica that misses it keeps answers at most the TTL).
import { randomUUID } from 'node:crypto';
import type { Logger } from '@equality-graph/service-kit';
import type { Redis } from 'ioredis';
import type { Counter } from 'prom-client';
import type { AnswerStore } from './answer-store';

/** Outside the client's key prefix: ioredis does not prefix pub/sub channels. */
export const INVALIDATION_CHANNEL = 'equality-graph:gateway:answers-invalidated';

export interface Invalidation {
  /** A write went through this replica: drop here, tell the others. */
  afterWrite(): void;
  close(): void;
}

export function answerInvalidation(
  store: AnswerStore,
  options: { redis?: Redis; logger: Logger; redisErrors: Counter<'operation'> },
): Invalidation {
  const { redis, logger, redisErrors } = options;
  if (!redis) return { afterWrite: () => store.invalidate(), close: () => {} };
  const replica = randomUUID();
  // A subscriber connection of its own (a subscribed client can do nothing else); it queues the
  // SUBSCRIBE until connected and re-subscribes after every reconnection.
  const subscriber = redis.duplicate({ enableOfflineQueue: true, keyPrefix: '' });
  subscriber.on('error', () => redisErrors.inc({ operation: 'invalidation-subscribe' }));
  subscriber.subscribe(INVALIDATION_CHANNEL).catch((error: unknown) => {
    redisErrors.inc({ operation: 'invalidation-subscribe' });
    logger.error(
      { err: error },
      "cannot subscribe to answer invalidations: other replicas' writes are seen only after RESPONSE_CACHE_TTL_SECONDS",
    );
  });
  subscriber.on('message', (channel: string, sender: string) => {
    if (channel === INVALIDATION_CHANNEL && sender !== replica) store.invalidate();
  });
  return {
    afterWrite: () => {
      store.invalidate();
      redis.publish(INVALIDATION_CHANNEL, replica).catch(() => redisErrors.inc({ operation: 'invalidation-publish' }));
    },
    close: () => subscriber.disconnect(),
  };
}
