// The gateway's Redis connection that never queues and the APQ cache over it; only the gateway
// uses Redis.
import { once } from 'node:events';
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { Logger } from '@equality-graph/service-kit';
import { Redis } from 'ioredis';
import type { Counter } from 'prom-client';

/**
 * A Redis client that never queues: while Redis is unreachable every command fails at once
 * (the callers decide what that means), and reconnection goes on in the background. Errors
 * are logged at most every 30 s and counted in gateway_redis_errors_total.
 */
export async function connectRedis(url: string, commandTimeoutMs: number, logger: Logger, errors: Counter): Promise<Redis> {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    commandTimeout: commandTimeoutMs,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    keyPrefix: 'equality-graph:gateway:',
  });
  let lastLogged = 0;
  client.on('error', (error: Error) => {
    errors.inc({ operation: 'connection' });
    if (Date.now() - lastLogged < 30_000) return;
    lastLogged = Date.now();
    logger.error({ err: error }, 'Redis unreachable: rate limits fall back per RATE_LIMIT_ON_REDIS_ERROR, APQ misses');
  });
  client.on('ready', () => logger.info('Redis connected'));
  // Start serving even when Redis is down: the failure policy applies from the first request.
  await Promise.race([once(client, 'ready'), once(client, 'error'), new Promise((r) => setTimeout(r, 2000).unref())]).catch(() => {});
  return client;
}

/**
 * Apollo's KeyValueCache over Redis, for automatic persisted queries shared by replicas. A
 * Redis failure is a cache miss (logged, counted): the APQ protocol then asks the client for
 * the full query text, so nothing breaks.
 */
export class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly client: Redis,
    private readonly errors: Counter,
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.client.get(`apq:${key}`)) ?? undefined;
    } catch {
      this.errors.inc({ operation: 'apq' });
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    try {
      if (options?.ttl) await this.client.set(`apq:${key}`, value, 'EX', Math.ceil(options.ttl));
      else await this.client.set(`apq:${key}`, value);
    } catch {
      this.errors.inc({ operation: 'apq' });
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.client.del(`apq:${key}`);
    } catch {
      this.errors.inc({ operation: 'apq' });
    }
  }
}
