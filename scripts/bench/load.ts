// One bounded load run (autocannon, loopback): throughput counts only complete answers (HTTP 200,
// no error, the expected items), latencies are autocannon's over every answer.
import autocannon from 'autocannon';

export interface LoadSettings {
  connections: number;
  durationSeconds: number;
}

export interface LoadRequest {
  body: string;
  headers?: Record<string, string>;
}

export interface LoadResult {
  /** Complete answers per second. */
  rps: number;
  p50: number;
  p99: number;
  answers: number;
  incomplete: number;
}

export async function runLoad(
  url: string,
  requests: LoadRequest[],
  isComplete: (body: string) => boolean,
  settings: LoadSettings,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: settings.connections,
    duration: settings.durationSeconds,
    headers: { 'content-type': 'application/json' },
    requests: requests.map((r) => ({ method: 'POST', body: r.body, headers: { 'content-type': 'application/json', ...r.headers } })),
    verifyBody: (answer) => isComplete(typeof answer === 'string' ? answer : String(answer ?? '')),
  });
  const answers = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  // An incomplete answer (non-200, an error, missing items) fails verifyBody: a mismatch.
  const complete = Math.max(0, answers - result.mismatches);
  return {
    rps: complete / settings.durationSeconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    answers,
    incomplete: result.mismatches + result.errors,
  };
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
