// "Something changed, drop what you kept": said on this replica at once and, when REDIS_URL is
// set, to every other replica through Redis pub/sub. A replica that misses a message (Redis down,
// a reconnection) keeps what it holds until that cache's own TTL, so each cache using this must
// have one.
import { randomUUID } from 'node:crypto';
import type { Logger } from '@equality-graph/service-kit';
import type { Redis } from 'ioredis';
import type { Counter } from 'prom-client';

export interface ReplicaBroadcast {
  /** Runs the change here and tells the other replicas. */
  announce(): void;
  close(): void;
}

export interface ReplicaBroadcastOptions {
  redis?: Redis;
  logger: Logger;
  redisErrors: Counter<'operation'>;
}

/** `topic` names the channel (outside the client's key prefix: ioredis does not prefix pub/sub channels). */
export const broadcastChannel = (topic: string) => `equality-graph:gateway:${topic}`;

export function replicaBroadcast(
  topic: string,
  onChange: () => void,
  options: ReplicaBroadcastOptions & { whenMissed: string },
): ReplicaBroadcast {
  const { redis, logger, redisErrors } = options;
  if (!redis) return { announce: onChange, close: () => {} };
  const channel = broadcastChannel(topic);
  const replica = randomUUID();
  // A subscriber connection of its own (a subscribed client can do nothing else); it queues the
  // SUBSCRIBE until connected and re-subscribes after every reconnection.
  const subscriber = redis.duplicate({ enableOfflineQueue: true, keyPrefix: '' });
  subscriber.on('error', () => redisErrors.inc({ operation: `${topic}-subscribe` }));
  subscriber.subscribe(channel).catch((error: unknown) => {
    redisErrors.inc({ operation: `${topic}-subscribe` });
    logger.error({ err: error }, `cannot subscribe to ${topic}: ${options.whenMissed}`);
  });
  subscriber.on('message', (from: string, sender: string) => {
    if (from === channel && sender !== replica) onChange();
  });
  return {
    announce: () => {
      onChange();
      redis.publish(channel, replica).catch(() => redisErrors.inc({ operation: `${topic}-publish` }));
    },
    close: () => subscriber.disconnect(),
  };
}
