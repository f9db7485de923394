// Where the gateway's tests find Redis, and `redisTest`, which skips them when global setup found
// no Redis.
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * `test` where the Redis of TEST_REDIS_URL answered jest's global setup, `test.skip` where it
 * did not (a developer's machine may have none; CI has one): reported as skipped, not passed.
 */
export const redisTest = process.env.TEST_REDIS_AVAILABLE === '1' ? test : test.skip;

/** Waits until the gateway at `url` says, on /health/ready, that its Redis connection is ready. */
export async function redisReady(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const body = (await (await fetch(new URL('/health/ready', url))).json()) as { redis?: string };
    if (body.redis === 'ready') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the gateway at ${url} never connected to Redis`);
}
