// One trace follows the communes overview from the gateway through the subgraph processes to
// their SQL (W3C trace context across processes, the request id on every span), exported by
// OTLP to a small receiver; no token or variable value is on any span.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postGraphql, testKeys } from '@equality-graph/testing';
import { DEV_SECRET, SUPERGRAPH, tokenFor } from '@equality-graph/testing/graph';
import { startProcess, startSubgraphProcess, stopStartedProcesses, type ChildService, type ChildSubgraph } from './processes';

jest.setTimeout(600_000);

const OVERVIEW = '{ communes { code name population mentoring { mentorCount } training { trainedCount } } }';
const SECRET_VALUE = 'Zqxj-private-code-7731';

type AnyValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean };
type KeyValue = { key: string; value: AnyValue };
interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: KeyValue[];
  service: string;
}
interface TracesRequest {
  resourceSpans: { resource?: { attributes?: KeyValue[] }; scopeSpans: { spans: Omit<ExportedSpan, 'service'>[] }[] }[];
}

const attribute = (span: ExportedSpan, key: string) => span.attributes?.find((a) => a.key === key)?.value.stringValue;
/** The pg instrumentation speaks the stable database conventions (db.system.name, db.query.text). */
const isSql = (span: ExportedSpan) => attribute(span, 'db.system.name') === 'postgresql';
const statementOf = (span: ExportedSpan) => attribute(span, 'db.query.text') ?? '';

/** A minimal OTLP/HTTP receiver (JSON encoding): keeps every span it is sent, and the raw bodies. */
async function startReceiver() {
  const spans: ExportedSpan[] = [];
  const bodies: string[] = [];
  const paths = new Set<string>();
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      bodies.push(text);
      paths.add(req.url ?? '');
      if (req.url === '/v1/traces') {
        const body = JSON.parse(text) as TracesRequest;
        for (const resourceSpans of body.resourceSpans) {
          const service = resourceSpans.resource?.attributes?.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
          for (const scope of resourceSpans.scopeSpans) for (const span of scope.spans) spans.push({ ...span, service });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    bodies,
    paths,
    close: () => new Promise((r) => server.close(r)),
  };
}

let receiver: Awaited<ReturnType<typeof startReceiver>>;
const summary = () =>
  receiver.spans
    .map(
      (s) =>
        `${s.service} ${s.name} trace=${s.traceId} parent=${s.parentSpanId ?? ''} ${(s.attributes ?? []).map((a) => `${a.key}=${JSON.stringify(a.value)}`).join(' ')}`,
    )
    .join('\n');
let subgraphs: ChildSubgraph[] = [];
let gateway: ChildService | undefined;

beforeAll(async () => {
  receiver = await startReceiver();
  const otel = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_BSP_SCHEDULE_DELAY: '100' };
  subgraphs = await Promise.all(
    (['mentoring', 'observatory', 'training'] as const).map((name) => startSubgraphProcess(name, { env: otel })),
  );
  gateway = await startProcess('gateway', 'gateway/src/index.ts', {
    ...otel,
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    PORT: '0',
    METRICS_PORT: '0',
    SUPERGRAPH_PATH: SUPERGRAPH,
    SUBGRAPH_URLS: subgraphs.map((s) => `${s.name}=${s.url}`).join(','),
    INTERNAL_JWT_PRIVATE_KEY: testKeys.privateKeyPem,
    DEV_JWT_SECRET: DEV_SECRET,
    RATE_LIMIT_MAX: '0',
  });
});

afterAll(async () => {
  await gateway?.stop();
  for (const s of subgraphs) {
    await s.stop();
    await s.database.drop().catch(() => undefined);
  }
  await stopStartedProcesses();
  await receiver?.close();
});

test('the communes overview is one trace: gateway, subgraph processes and their SQL, parent links intact, the request id on every span', async () => {
  if (!gateway) throw new Error('gateway not started');
  const token = await tokenFor('PROFESSIONAL', 'trace-reader');
  const { status, headers, body } = await postGraphql<{ communes: unknown[] }>(gateway.url, OVERVIEW, { token });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  expect(body.data?.communes).toHaveLength(36);
  const requestId = headers.get('x-request-id') ?? '';
  expect(requestId).not.toBe('');

  // The gateway's span for this request (it ends last), then the rest of its trace: spans come
  // in batches from four processes, so wait until SQL of the three subgraphs is in and no span
  // points at a parent not received yet. Bounded, so that a broken trace fails with what did
  // arrive rather than at jest's timeout.
  const root = () =>
    receiver.spans.find((s) => s.service === 'gateway' && attribute(s, 'equality_graph.request_id') === requestId && !s.parentSpanId);
  const complete = () => {
    const spans = receiver.spans.filter((s) => s.traceId === root()?.traceId);
    const ids = new Set(spans.map((s) => s.spanId));
    const reads = new Set(spans.filter((s) => isSql(s) && /^\s*(SELECT|WITH)\b/i.test(statementOf(s))).map((s) => s.service));
    return reads.size === 3 && spans.every((s) => !s.parentSpanId || ids.has(s.parentSpanId));
  };
  for (let tries = 0; !complete(); tries++) {
    if (tries > 600) throw new Error(`no complete trace for ${requestId}; received:\n${summary()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const rootSpan = root();
  if (!rootSpan) throw new Error('no root span');
  const trace = receiver.spans.filter((s) => s.traceId === rootSpan?.traceId);
  const ids = new Set(trace.map((s) => s.spanId));
  const byId = new Map(trace.map((s) => [s.spanId, s]));

  // One root; every other span's parent is in the same trace.
  expect(trace.filter((s) => !s.parentSpanId).map((s) => s.spanId)).toEqual([rootSpan.spanId]);
  expect(trace.filter((s) => s.parentSpanId && !ids.has(s.parentSpanId)).map((s) => `${s.service}: ${s.name}`)).toEqual([]);
  expect(new Set(trace.map((s) => s.service))).toEqual(new Set(['gateway', 'mentoring', 'observatory', 'training']));
  // Each subgraph's request span hangs under a gateway span: the context crossed the processes.
  for (const name of ['mentoring', 'observatory', 'training']) {
    const entries = trace.filter((s) => s.service === name && byId.get(s.parentSpanId ?? '')?.service === 'gateway');
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((s) => attribute(s, 'http.request.method') === 'POST')).toBe(true);
  }
  // SQL of each subgraph, in the same trace: statements with placeholders, reads for this query.
  for (const name of ['mentoring', 'observatory', 'training']) {
    const reads = trace.filter((s) => s.service === name && isSql(s) && /^\s*(SELECT|WITH)\b/i.test(statementOf(s)));
    expect(reads.length).toBeGreaterThan(0);
  }
  // The request id, on every span of every process.
  expect(trace.filter((s) => attribute(s, 'equality_graph.request_id') !== requestId).map((s) => `${s.service}: ${s.name}`)).toEqual([]);
});

test('spans carry no token and no variable value', async () => {
  if (!gateway) throw new Error('gateway not started');
  const token = await tokenFor('PROFESSIONAL', 'privacy-reader');
  const query = 'query Verify($code: String!) { verifyCertificate(code: $code) { courseTitle } }';
  const { status, headers } = await postGraphql(gateway.url, query, { token, variables: { code: SECRET_VALUE } });
  expect(status).toBe(200);
  const getUrl = `${gateway.url}?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ code: SECRET_VALUE }))}`;
  const viaGet = await fetch(getUrl, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
  expect(viaGet.status).toBe(200);

  const requestIds = [headers.get('x-request-id'), viaGet.headers.get('x-request-id')];
  // Wait for both requests' gateway span (it ends last) and training's: all is exported by then.
  const seen = (id: string | null, service: string) =>
    receiver.spans.some((s) => s.service === service && attribute(s, 'equality_graph.request_id') === id);
  for (let tries = 0; requestIds.some((id) => !seen(id, 'gateway') || !seen(id, 'training')); tries++) {
    if (tries > 600) throw new Error(`spans of ${requestIds.join(', ')} missing; received:\n${summary()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const exported = receiver.bodies.join('\n');
  expect(exported).toContain('verifyCertificate');
  // Traces only: metrics stay on /metrics (Prometheus), logs in the processes' JSON lines.
  expect(receiver.paths).toEqual(new Set(['/v1/traces']));
  expect(exported).not.toContain(SECRET_VALUE);
  expect(exported).not.toContain(token);
  expect(exported.toLowerCase()).not.toContain('bearer');
});
