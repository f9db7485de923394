// Hung, slow and killed subgraphs: timeouts, the operation deadline and partial results, through
// a proxy in front of a real subgraph.
import type { RunningService } from '@equality-graph/service-kit';
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';
import { post } from './http';
import { startSubgraphProxy } from './subgraph-proxy';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph.stop());

/** A gateway whose training subgraph is reached through a proxy the test controls. */
async function gatewayWithTrainingProxy(env: Record<string, string>) {
  const proxy = await startSubgraphProxy(graph.subgraphs.training.url);
  const urls = `mentoring=${graph.subgraphs.mentoring.url},observatory=${graph.subgraphs.observatory.url},training=${proxy.url}`;
  const gateway = await graph.startGateway({ SUBGRAPH_URLS: urls, ...env });
  return { proxy, gateway };
}

const PARTIAL =
  '{ nanterre: commune(code: "92050") { name mentoring { mentorCount } } antony: commune(code: "92002") { name training { trainedCount } } }';

async function timed(gateway: RunningService, query: string) {
  const started = Date.now();
  const response = await post(gateway.url, { query });
  return { ...response, elapsed: Date.now() - started };
}

test('a subgraph that hangs costs its fields a SUBGRAPH_TIMEOUT after SUBGRAPH_TIMEOUT_MS; the rest is served', async () => {
  const { proxy, gateway } = await gatewayWithTrainingProxy({ SUBGRAPH_TIMEOUT_MS: '300' });
  proxy.state.mode = 'hang';
  const response = await timed(gateway, PARTIAL);
  expect(response.elapsed).toBeLessThan(3000);
  expect(response.status).toBe(200);
  expect(response.json.data).toEqual({ nanterre: { name: 'Nanterre', mentoring: { mentorCount: 0 } }, antony: null });
  expect(response.json.errors).toContainEqual(
    expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBGRAPH_TIMEOUT', serviceName: 'training' }) }),
  );
  expect(response.text).not.toContain('127.0.0.1');
  await proxy.kill();
});

test('the operation deadline cuts a hung subgraph call long before the per-call timeout', async () => {
  const { proxy, gateway } = await gatewayWithTrainingProxy({ SUBGRAPH_TIMEOUT_MS: '30000', OPERATION_TIMEOUT_MS: '400' });
  proxy.state.mode = 'hang';
  const response = await timed(gateway, PARTIAL);
  expect(response.elapsed).toBeLessThan(3000);
  expect(response.json.data).toMatchObject({ nanterre: { name: 'Nanterre' }, antony: null });
  const timeout = response.json.errors!.find((e) => e.extensions?.code === 'SUBGRAPH_TIMEOUT')!;
  expect(timeout.message).toMatch(/operation ran out of time/);
  await proxy.kill();
});

test('a subgraph killed mid-request yields SUBGRAPH_UNAVAILABLE on its fields, and the gateway keeps serving', async () => {
  const { proxy, gateway } = await gatewayWithTrainingProxy({ SUBGRAPH_TIMEOUT_MS: '10000' });
  proxy.state.mode = 'hang';
  const pending = timed(gateway, PARTIAL);
  while (proxy.state.received === 0) await new Promise((r) => setTimeout(r, 20));
  await proxy.kill();
  const response = await pending;
  expect(response.elapsed).toBeLessThan(3000);
  expect(response.json.data).toMatchObject({ nanterre: { name: 'Nanterre' }, antony: null });
  expect(response.json.errors).toContainEqual(
    expect.objectContaining({
      message: 'The training service is unavailable',
      extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE' }),
    }),
  );
  // Later requests fail fast on the dead subgraph and still serve the others.
  const after = await timed(gateway, PARTIAL);
  expect(after.json.data).toMatchObject({ nanterre: { name: 'Nanterre' }, antony: null });
});

test('subgraph calls reuse kept-alive connections', async () => {
  const { proxy, gateway } = await gatewayWithTrainingProxy({});
  for (let i = 0; i < 20; i++) {
    const response = await post(gateway.url, { query: '{ commune(code: "92050") { training { trainedCount } } }' });
    expect(response.json.errors).toBeUndefined();
  }
  expect(proxy.state.received).toBe(20);
  expect(proxy.state.connections).toBe(1);
  await proxy.kill();
});
