// Rate limiting per account and address, in memory and over Redis (skipped when no Redis answers).
import { randomUUID } from 'node:crypto';
import { readCounter } from '@equality-graph/testing';
import { startTestGraph, tokenFor, type TestGraph } from '@equality-graph/testing/graph';
import { post } from './http';
import { TEST_REDIS_URL, redisReady, redisTest } from './redis';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ env: { RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '3600000' } });
});
afterAll(() => graph.stop());

const QUERY = { query: '{ commune(code: "92050") { name } }' };
const as = async (sub: string) => ({ authorization: `Bearer ${await tokenFor('MENTEE', sub)}` });

test('each account gets RATE_LIMIT_MAX requests per window, then 429 with retry information', async () => {
  const headers = await as('rate-1');
  const remaining: (string | null)[] = [];
  for (let i = 0; i < 3; i++) {
    const response = await post(graph.gateway.url, QUERY, headers);
    expect(response.status).toBe(200);
    remaining.push(response.headers.get('ratelimit-remaining'));
    expect(response.headers.get('ratelimit-limit')).toBe('3');
  }
  expect(remaining).toEqual(['2', '1', '0']);
  const refused = await post(graph.gateway.url, QUERY, headers);
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(3600);
  expect(refused.headers.get('ratelimit-remaining')).toBe('0');
  expect(refused.json.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', requestId: expect.any(String) });
  // Another account is not affected.
  expect((await post(graph.gateway.url, QUERY, await as('rate-2'))).status).toBe(200);
  expect(await readCounter(graph.gateway.metricsUrl, 'gateway_rate_limited_total')).toBeGreaterThanOrEqual(1);
});

test('anonymous callers are limited per address, and each batched operation counts', async () => {
  const batch = await post(graph.gateway.url, [QUERY, QUERY]);
  expect(batch.status).toBe(200);
  expect(batch.headers.get('ratelimit-remaining')).toBe('1');
  expect((await post(graph.gateway.url, QUERY)).status).toBe(200);
  expect((await post(graph.gateway.url, QUERY)).status).toBe(429);
});

test('cost previews of the console count against the same budget', async () => {
  const headers = await as('rate-console');
  const cost = new URL('/console/cost', graph.gateway.url).href;
  const statuses = [];
  for (let i = 0; i < 3; i++) statuses.push((await post(cost, QUERY, headers)).status);
  expect(statuses).toEqual([200, 200, 200]);
  const refused = await post(graph.gateway.url, QUERY, headers);
  expect(refused.status).toBe(429);
  expect((await post(cost, QUERY, headers)).status).toBe(429);
});

describe('with REDIS_URL', () => {
  redisTest('replicas share the counters', async () => {
    // An hour-long window: six requests under load once straddled a one-minute window's edge.
    // A generous command timeout and both replicas connected first: under CI load a first request
    // once found Redis not yet ready, and both replicas rightly counted alone.
    const env = { REDIS_URL: TEST_REDIS_URL, RATE_LIMIT_MAX: '4', RATE_LIMIT_WINDOW_MS: '3600000', REDIS_COMMAND_TIMEOUT_MS: '5000' };
    const [a, b] = await Promise.all([graph.startGateway(env), graph.startGateway(env)]);
    await Promise.all([redisReady(a.url), redisReady(b.url)]);
    const headers = await as(`shared-${randomUUID()}`);
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await post((i % 2 ? a : b).url, QUERY, headers)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    for (const gateway of [a, b]) expect(await readCounter(gateway.metricsUrl, 'gateway_redis_errors_total')).toBe(0);
  });

  test('readiness reports the Redis connection without depending on it', async () => {
    const gateway = await graph.startGateway({ REDIS_URL: 'redis://127.0.0.1:1' });
    const response = await fetch(new URL('/health/ready', gateway.url));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; redis?: string };
    expect(body.status).toBe('ok');
    expect(['wait', 'connecting', 'connect', 'reconnecting', 'close']).toContain(body.redis);
  });

  test('Redis down: by default each replica limits alone, logged and counted, never unlimited', async () => {
    const gateway = await graph.startGateway({ REDIS_URL: 'redis://127.0.0.1:1', RATE_LIMIT_MAX: '2' });
    const headers = await as('redis-down');
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(gateway.url, QUERY, headers)).status);
    expect(statuses).toEqual([200, 200, 429]);
    expect(await readCounter(gateway.metricsUrl, 'gateway_redis_errors_total')).toBeGreaterThan(0);
  });

  test('Redis down with RATE_LIMIT_ON_REDIS_ERROR=refuse: 503, fail closed', async () => {
    const gateway = await graph.startGateway({ REDIS_URL: 'redis://127.0.0.1:1', RATE_LIMIT_ON_REDIS_ERROR: 'refuse' });
    const response = await post(gateway.url, QUERY, await as('redis-refuse'));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.json.errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', requestId: expect.any(String) });
  });
});
