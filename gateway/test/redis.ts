import { Redis } from 'ioredis';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Whether the Redis of TEST_REDIS_URL answers. Redis-backed tests are skipped, with a loud
 * warning, when it does not (a developer's machine may have none; CI has one).
 */
export async function redisReachable(): Promise<boolean> {
  const client = new Redis(TEST_REDIS_URL, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    console.warn(
      `\n!!! Redis unreachable at ${TEST_REDIS_URL}: the Redis-backed gateway tests are SKIPPED.\n` +
        '!!! Start Redis or set TEST_REDIS_URL to run them.\n',
    );
    return false;
  } finally {
    client.disconnect();
  }
}
