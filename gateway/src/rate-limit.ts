// Fixed-window rate limiting per account or address, in memory or shared through Redis, applied
// before GraphQL runs.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Identity } from '@equality-graph/auth';
import { HttpError, type Logger } from '@equality-graph/service-kit';
import type { Redis } from 'ioredis';
import type { Counter } from 'prom-client';

/** Counts `cost` hits for `key` in the window starting at `windowStart`; returns the new total. */
interface CounterStore {
  hit(key: string, cost: number, windowStart: number, windowMs: number): Promise<number>;
}

/** One replica's counters: the default, and the fallback when Redis fails. */
export class MemoryCounterStore implements CounterStore {
  private readonly counts = new Map<string, { windowStart: number; count: number }>();

  async hit(key: string, cost: number, windowStart: number): Promise<number> {
    let entry = this.counts.get(key);
    if (!entry || entry.windowStart !== windowStart) {
      // Forget finished windows now and then, so the map holds only current callers.
      if (this.counts.size > 10_000) for (const [k, e] of this.counts) if (e.windowStart < windowStart) this.counts.delete(k);
      entry = { windowStart, count: 0 };
      this.counts.set(key, entry);
    }
    entry.count += cost;
    return entry.count;
  }
}

const HIT_SCRIPT = `
local n = redis.call('INCRBY', KEYS[1], ARGV[1])
if n == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return n`;

/** Counters shared by every replica: one key per caller and window, expiring with it. */
export class RedisCounterStore implements CounterStore {
  constructor(private readonly client: Redis) {}

  async hit(key: string, cost: number, windowStart: number, windowMs: number): Promise<number> {
    return Number(await this.client.eval(HIT_SCRIPT, 1, `rl:${key}:${windowStart}`, cost, windowMs));
  }
}

export interface RateLimiterOptions {
  max: number;
  windowMs: number;
  store: CounterStore;
  /** With a Redis store: `local` counts on this replica when Redis fails, `refuse` answers 503. */
  onStoreError: 'local' | 'refuse';
  logger: Logger;
  storeErrors: Counter;
  refused: Counter;
}

/**
 * Fixed-window limiter answering with the standard headers: `RateLimit-Limit`,
 * `RateLimit-Remaining`, `RateLimit-Reset` (seconds) on every response, and `Retry-After`
 * with HTTP 429 (code RATE_LIMITED) once the caller's budget for the window is spent.
 */
export class RateLimiter {
  private readonly local = new MemoryCounterStore();

  constructor(private readonly options: RateLimiterOptions) {}

  async admit(key: string, cost: number, res: ServerResponse): Promise<void> {
    const { max, windowMs } = this.options;
    const now = Date.now();
    const windowStart = now - (now % windowMs);
    const resetSeconds = Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
    let count: number;
    try {
      count = await this.options.store.hit(key, cost, windowStart, windowMs);
    } catch (error) {
      this.options.storeErrors.inc({ operation: 'rate_limit' });
      if (this.options.onStoreError === 'refuse') {
        this.options.logger.error({ err: error }, 'rate limit store unavailable: request refused (RATE_LIMIT_ON_REDIS_ERROR=refuse)');
        throw new HttpError(503, 'The service is temporarily unavailable', 'SERVICE_UNAVAILABLE', { 'retry-after': '5' });
      }
      this.options.logger.warn({ err: error }, 'rate limit store unavailable: counting on this replica');
      count = await this.local.hit(key, cost, windowStart);
    }
    const headers = {
      'ratelimit-limit': String(max),
      'ratelimit-remaining': String(Math.max(0, max - count)),
      'ratelimit-reset': String(resetSeconds),
      'ratelimit-policy': `${max};w=${Math.round(windowMs / 1000)}`,
    };
    if (count > max) {
      this.options.refused.inc();
      throw new HttpError(429, `Too many requests: retry in ${resetSeconds} s`, 'RATE_LIMITED', {
        ...headers,
        'retry-after': String(resetSeconds),
      });
    }
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  }
}

/**
 * The client's address: the socket's, or with `trustedHops` proxies in front, the entry of
 * X-Forwarded-For the nearest trusted proxy wrote (entries further left are the client's say).
 */
export function clientAddress(req: IncomingMessage, trustedHops: number): string {
  const socketAddress = req.socket.remoteAddress ?? 'unknown';
  if (trustedHops === 0) return socketAddress;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return hops[hops.length - trustedHops] ?? hops[0] ?? socketAddress;
}

/** Accounts are limited by their id, anonymous callers by their address. */
export function rateLimitKey(identity: Identity, req: IncomingMessage, trustedHops: number): string {
  return identity.sub ? `sub:${identity.sub}` : `ip:${clientAddress(req, trustedHops)}`;
}
