// A multi-page export is streamed: its first rows reach the client while the request for a later
// page is still held on the link to the observatory (no timing involved), and a page that fails
// after rows left ends the export with a clear incomplete marker.
import type { TestGraph } from '@equality-graph/testing/graph';
import { demoGraph, exportUrl, parseCsv, postForTrailers, startGate } from './export-helpers';

const demo = demoGraph();
let graph: TestGraph;
beforeAll(() => (graph = demo()));

// 216 published VIOLENCES_SEXUELLES figures in the demo data: three pages of 100.
const BODY = {
  query: '{ observations(filter: { indicator: "VIOLENCES_SEXUELLES" }, first: 100) { edges { node { id period value suppressed } } } }',
};

/** A gateway whose link to the observatory lets the first page through and parks the next. */
async function gatedGateway() {
  const gate = await startGate(graph.subgraphs.observatory.url, 1);
  const gateway = await graph.startGateway({
    SUBGRAPH_URLS: graph.gatewayEnv.SUBGRAPH_URLS.replace(graph.subgraphs.observatory.url, gate.url),
  });
  return { gate, gateway };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Reads the streamed body until `enough` says so; the reader stays open for the rest. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, text: { value: string }, enough: () => boolean) {
  const decoder = new TextDecoder();
  while (!enough()) {
    const { value, done } = await reader.read();
    if (done) break;
    text.value += decoder.decode(value, { stream: true });
  }
}

test('the first page of rows arrives before the request for the next page reaches the subgraph', async () => {
  const complete = await postForTrailers(exportUrl(graph.gateway.url, 'format=csv'), BODY);
  expect(complete.trailers['x-export-status']).toBe('complete');
  const expected = complete.text;
  expect(parseCsv(expected).length).toBeGreaterThan(201);
  const { gate, gateway } = await gatedGateway();
  try {
    const response = await fetch(exportUrl(gateway.url, 'format=csv'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(BODY),
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const text = { value: '' };
    await readUntil(reader, text, () => parseCsv(text.value).length >= 101);
    // Header and the 100 rows of page 1 are here; page 2's request waits on the link, unforwarded.
    expect(parseCsv(text.value).length).toBe(101);
    await until(() => gate.state.parked.length === 1);
    expect(gate.state.received).toBe(2);
    gate.release();
    await readUntil(reader, text, () => false);
    expect(text.value).toBe(expected);
    expect(gate.state.received).toBe(3);
  } finally {
    await gate.close();
  }
});

/** An export whose second page the link answers 502: what the client receives. */
async function exportWithFailingSecondPage(format: 'csv' | 'ndjson'): Promise<string> {
  const { gate, gateway } = await gatedGateway();
  try {
    const pending = postForTrailers(exportUrl(gateway.url, `format=${format}`), BODY);
    await until(() => gate.state.parked.length === 1);
    gate.fail();
    const response = await pending;
    expect(response.status).toBe(200);
    expect(response.trailers['x-export-status']).toMatch(/^incomplete; code=[A-Z_]+$/);
    return response.text;
  } finally {
    await gate.close();
  }
}

test('a page that fails after rows left ends the export with an incomplete marker naming the error', async () => {
  const lines = (await exportWithFailingSecondPage('ndjson'))
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines).toHaveLength(101);
  expect(lines.slice(0, 100).every((l) => typeof l.id === 'string')).toBe(true);
  expect(lines[100]).toEqual({
    exportError: { message: expect.stringMatching(/observatory/), extensions: { code: expect.stringMatching(/^[A-Z_]+$/) } },
  });

  const records = parseCsv(await exportWithFailingSecondPage('csv'));
  expect(records).toHaveLength(102);
  expect(records.at(-1)).toEqual([expect.stringMatching(/^#export incomplete: [A-Z_]+: .*observatory/)]);
});
