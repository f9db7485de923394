// Where the gateway's tests find Redis, and `redisTest`, which skips them when global setup found
// no Redis.
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * `test` where the Redis of TEST_REDIS_URL answered jest's global setup, `test.skip` where it
 * did not (a developer's machine may have none; CI has one): reported as skipped, not passed.
 */
export const redisTest = process.env.TEST_REDIS_AVAILABLE === '1' ? test : test.skip;
