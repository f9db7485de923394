// What the export tests share: calling /graphql/export, reading CSV back (RFC 4180) and a link
// in front of a subgraph that lets the first requests through and parks the next ones.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestGraph, tokenFor, type TestGraph } from '@equality-graph/testing/graph';
import type { Role } from '@equality-graph/auth';

/** The real graph with the demo data, started before the file's tests and stopped after them. */
export function demoGraph(): () => TestGraph {
  let graph: TestGraph | undefined;
  beforeAll(async () => {
    graph = await startTestGraph({ seedDemoData: true });
  }, 180_000);
  afterAll(() => graph?.stop());
  return () => {
    if (!graph) throw new Error('the demo graph has not started');
    return graph;
  };
}

export const exportUrl = (graphqlUrl: string, params: string) => `${graphqlUrl}/export?${params}`;

export async function bearer(role?: Role, sub?: string): Promise<Record<string, string>> {
  return role ? { authorization: `Bearer ${await tokenFor(role, sub)}` } : {};
}

/** RFC 4180: quoted fields may hold the separator, doubled quotes and line breaks; CRLF ends a record. */
export function parseCsv(text: string, separator = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) (record.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      ((record = []), (field = ''), i++);
    } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** CSV records as objects keyed by the header row. */
export function csvObjects(text: string, separator = ','): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text, separator);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

/** How the CSV writes a JSON value (comma separator): empty for null. */
export const csvCell = (value: unknown) =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/**
 * A link in front of a subgraph: the first `firstPassing` requests go through, later ones are
 * parked (their bodies left unread, nothing forwarded) until `release`, or answered 502 by `fail`.
 */
export async function startGate(target: string, firstPassing: number) {
  let pass = firstPassing;
  const state = { received: 0, parked: [] as { forward: () => void; fail: () => void }[] };
  const server = http.createServer((req, res) => {
    state.received += 1;
    const forward = () =>
      req.pipe(
        http
          .request(target, { method: req.method, headers: { ...req.headers, connection: 'close' }, agent: false }, (answer) =>
            answer.pipe(res.writeHead(answer.statusCode ?? 502, answer.headers)),
          )
          .on('error', () => res.destroy()),
      );
    const fail = () => res.writeHead(502, { 'content-type': 'text/plain' }).end('link cut');
    if (state.received <= pass) forward();
    else state.parked.push({ forward, fail });
  });
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    state,
    /** Forwards the parked requests and lets every later one through. */
    release: () => {
      pass = Infinity;
      for (const parked of state.parked.splice(0)) parked.forward();
    },
    fail: () => {
      for (const parked of state.parked.splice(0)) parked.fail();
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** POSTs an export with node:http, which (unlike fetch) exposes HTTP trailers. */
export function postForTrailers(url: string, body: unknown): Promise<{ status: number; text: string; trailers: NodeJS.Dict<string> }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (piece: string) => (text += piece));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text, trailers: response.trailers }));
    });
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}
