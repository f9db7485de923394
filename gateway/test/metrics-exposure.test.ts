// /metrics only on each process's metrics port, with bounded operation labels.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { identity } from '@equality-graph/testing';
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';
import { post } from './http';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph.stop());

const metricsSize = async (url: string) => (await (await fetch(url)).text()).length;
/** The `operation` label values of graphql_requests_total on a /metrics page. */
async function operationLabels(url: string): Promise<Set<string>> {
  const text = await (await fetch(url)).text();
  return new Set([...text.matchAll(/^graphql_requests_total\{[^}]*operation="([^"]*)"/gm)].map((m) => m[1]));
}
/** An anonymous request whose operation name is `name`, reaching the observatory. */
const named = (name: string) => post(graph.gateway.url, { query: `query ${name} { communes { code } }`, operationName: name });

describe('/metrics', () => {
  test('is not served on the public port of the gateway or of any subgraph', async () => {
    for (const url of [graph.gateway.url, ...Object.values(graph.subgraphs).map((s) => s.url)]) {
      const response = await fetch(url.replace('/graphql', '/metrics'));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('graphql_requests_total');
    }
  });

  test('is served on each process own metrics port, where GraphQL is not', async () => {
    for (const running of [graph.gateway, ...Object.values(graph.subgraphs)]) {
      expect(running.metricsPort).not.toBe(running.port);
      expect(await (await fetch(running.metricsUrl)).text()).toContain('http_requests_total');
      expect((await fetch(running.metricsUrl.replace('/metrics', '/graphql'), { method: 'POST' })).status).toBe(404);
    }
  });
});

describe('operation names in metric labels', () => {
  test('100 requests with distinct 20 kB operation names do not grow /metrics on the gateway or the subgraph they reach', async () => {
    // The first one creates the `other` series; what follows must add nothing.
    expect((await named(`A${'x'.repeat(20_000)}`)).status).toBe(200);
    const observatory = graph.subgraphs.observatory.metricsUrl;
    const before = { gateway: await metricsSize(graph.gateway.metricsUrl), observatory: await metricsSize(observatory) };
    for (let i = 0; i < 100; i++) {
      const { status } = await named(`N${i}_${'x'.repeat(20_000)}`);
      expect(status).toBe(200);
    }
    const after = { gateway: await metricsSize(graph.gateway.metricsUrl), observatory: await metricsSize(observatory) };
    // Counter values and process gauges change width a little; a series per name would add ~2 MB.
    expect(after.gateway - before.gateway).toBeLessThan(2_000);
    expect(after.observatory - before.observatory).toBeLessThan(2_000);
    for (const url of [graph.gateway.metricsUrl, observatory]) {
      for (const label of await operationLabels(url)) expect(label.length).toBeLessThanOrEqual(64);
    }
  });

  test('the gateway labels allow-listed operations by name and every other name as "other"', async () => {
    const overview = readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'operations', 'CommunesOverview.graphql'), 'utf8');
    expect((await post(graph.gateway.url, { query: overview })).json.errors).toBeUndefined();
    expect((await named('MadeUpButWellFormed')).status).toBe(200);
    const labels = await operationLabels(graph.gateway.metricsUrl);
    expect(labels).toContain('CommunesOverview');
    expect(labels).toContain('other');
    expect(labels).not.toContain('MadeUpButWellFormed');
  });

  test("a subgraph labels a gateway call with the gateway's bounded label, never with the client's name", async () => {
    const overview = readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'operations', 'CommunesOverview.graphql'), 'utf8');
    expect((await post(graph.gateway.url, { query: overview })).json.errors).toBeUndefined();
    for (let i = 0; i < 10; i++) expect((await named(`Through${i}`)).status).toBe(200);
    const labels = [...(await operationLabels(graph.subgraphs.observatory.metricsUrl))];
    expect(labels).toContain('CommunesOverview');
    expect(labels).toContain('other');
    expect(labels.some((l) => l.startsWith('Through'))).toBe(false);
  });

  test('a subgraph called without the gateway label keeps at most 50 well-formed names before "other"', async () => {
    const observatory = graph.subgraphs.observatory;
    for (let i = 0; i < 60; i++) expect((await observatory.query(`query Filler${i}__observatory__0 { communes { code } }`, identity(null))).body.errors).toBeUndefined();
    const labels = [...(await operationLabels(observatory.metricsUrl))];
    expect(labels).toContain('Filler0');
    expect(labels).not.toContain('Filler0__observatory__0');
    expect(labels).not.toContain('Filler59');
    expect(labels.filter((l) => l !== 'other' && l !== 'anonymous').length).toBeLessThanOrEqual(50);
  });

  test('paths outside the fixed routes share one label', async () => {
    const before = await metricsSize(graph.gateway.metricsUrl);
    for (let i = 0; i < 20; i++) await fetch(graph.gateway.url.replace('/graphql', `/health/${i}${'y'.repeat(2000)}`));
    expect((await metricsSize(graph.gateway.metricsUrl)) - before).toBeLessThan(1_000);
    expect(await (await fetch(graph.gateway.metricsUrl)).text()).toMatch(/http_requests_total\{route="other",status="404"/);
  });

  test('exports, cost previews and the console files have routes of their own; a path under the console is counted as the console', async () => {
    const origin = new URL(graph.gateway.url).origin;
    const json = { 'content-type': 'application/json' };
    await fetch(`${origin}/graphql/export?format=csv`, { method: 'POST', headers: json, body: JSON.stringify({ query: '{ communes { code } }' }) });
    await fetch(`${origin}/console/cost`, { method: 'POST', headers: json, body: JSON.stringify({ query: '{ communes { code } }' }) });
    for (let i = 0; i < 5; i++) await fetch(`${origin}/console/assets/${i}-unknown.js`);
    const text = await (await fetch(graph.gateway.metricsUrl)).text();
    expect(text).toMatch(/http_requests_total\{route="\/graphql\/export",status="200"/);
    expect(text).toMatch(/http_requests_total\{route="\/console\/cost",status="200"/);
    expect(text).toMatch(/http_requests_total\{route="\/console",status="\d+"/);
    expect(text).not.toMatch(/route="\/console\/assets/);
  });
});
