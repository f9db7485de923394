// How every replica learns of a write: locally at once, and through Redis pub/sub when REDIS_URL
// is set (one message per write; a replica that misses it keeps answers at most the TTL).
import { replicaBroadcast, type ReplicaBroadcastOptions } from '../replica-broadcast';
import type { AnswerStore } from './answer-store';

export interface Invalidation {
  /** A write went through this replica: drop here, tell the others. */
  afterWrite(): void;
  close(): void;
}

export function answerInvalidation(store: AnswerStore, options: ReplicaBroadcastOptions): Invalidation {
  const broadcast = replicaBroadcast('answers-invalidated', () => store.invalidate(), {
    ...options,
    whenMissed: "other replicas' writes are seen only after RESPONSE_CACHE_TTL_SECONDS",
  });
  return { afterWrite: broadcast.announce, close: broadcast.close };
}
