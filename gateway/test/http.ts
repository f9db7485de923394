// Raw HTTP helpers for the gateway's tests (status and headers, not only GraphQL bodies), and the
// count of subgraph calls from metrics.
import { readCounter } from '@equality-graph/testing';
import type { TestGraph } from '@equality-graph/testing/graph';

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body; throws when the gateway did not answer JSON. */
  json: { data?: unknown; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] } & Record<
    string,
    unknown
  >;
}

/** POSTs any body (object, array or raw text) and returns the answer as it came. */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    get json() {
      return JSON.parse(text);
    },
  };
}

/** GraphQL requests the subgraphs have served so far (to prove a refusal called none). */
export async function subgraphCalls(graph: TestGraph): Promise<number> {
  const counts = await Promise.all(
    Object.values(graph.subgraphs).map((s) => readCounter(s.metricsUrl, 'graphql_requests_total').catch(() => 0)),
  );
  return counts.reduce((a, b) => a + b, 0);
}
